package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.RetryPolicy;
import ado.core.error.AdoConflictException;
import ado.core.error.AdoTransportException;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Wiki page writes whose answer was lost: a create or update that was stored is reported done (never "already
 * exists" or "changed since you read it" for its own write), one that was not is sent once more.
 */
@ExtendWith(AdoEmulatorExtension.class)
@Timeout(60)
class WikiLandingTest {

    private static final String P = "Fabrikam-Fiber-Git";
    private static AdoEmulator emulator;
    private static Wiki noRetries;
    private static Wiki defaults;
    private static int pages;

    @BeforeAll
    static void start(AdoEmulator started) {
        emulator = started;
        defaults = AzureDevOpsService.of(emulator.client()).organization().project(P).collaboration()
                .createWiki(P + ".wiki");
        noRetries = AzureDevOpsService.of(emulator.clientBuilder().retryPolicy(RetryPolicy.none()).build())
                .organization().project(P).collaboration().wiki(P + ".wiki");
    }

    @AfterEach
    void clearFaults() {
        emulator.faults().clear();
    }

    private static String path() {
        return "/Landing " + (++pages);
    }

    private static long puts() {
        return emulator.requests().count("PUT", "/pages");
    }

    @Test
    void create_appliedThenConnectionDropped_isCreatedWithItsVersion() {
        String path = path();
        long before = puts();
        emulator.faults().on("PUT", "/pages").resetAfterApply();

        Wiki.Page page = noRetries.page(path).create("# mine\n");

        assertThat(puts()).isEqualTo(before + 1);
        assertThat(page.content()).isEqualTo("# mine\n");
        assertThat(page.version()).isEqualTo(defaults.page(path).read().version());
    }

    @Test
    void create_appliedAnswerCutOff_withTheClientsRetries_isCreatedNotAlreadyExists() {
        String path = path();
        emulator.faults().on("PUT", "/pages").truncateBody();

        Wiki.Page page = defaults.page(path).create("created once");

        assertThat(page.content()).isEqualTo("created once");
        assertThat(defaults.page(path).read().content()).isEqualTo("created once");
    }

    @Test
    void create_droppedBeforeApplied_isSentAgain() {
        String path = path();
        long before = puts();
        emulator.faults().on("PUT", "/pages").resetAfterRead();

        noRetries.page(path).create("second try");

        assertThat(puts()).isEqualTo(before + 2);
        assertThat(defaults.page(path).read().content()).isEqualTo("second try");
    }

    @Test
    void create_droppedTwice_reportsNotStoredAndACallerRetrySucceeds() {
        String path = path();
        emulator.faults().on("PUT", "/pages").times(2).resetAfterRead();

        assertThatThrownBy(() -> noRetries.page(path).create("x")).isInstanceOf(AdoTransportException.class)
                .hasMessageContaining("was not stored");
        assertThat(defaults.page(path).exists()).isFalse();

        assertThat(noRetries.page(path).create("x").content()).isEqualTo("x");
    }

    @Test
    void create_existingWithOtherContent_isStillAConflict() {
        String path = path();
        defaults.page(path).create("theirs");

        assertThatThrownBy(() -> noRetries.page(path).create("mine")).isInstanceOf(AdoConflictException.class);
        assertThat(defaults.page(path).read().content()).isEqualTo("theirs");
    }

    @Test
    void update_appliedThenConnectionDropped_isDoneWithTheNewVersion() {
        String path = path();
        Wiki.Page page = noRetries.page(path).create("v1");
        String v1 = page.version().orElseThrow();
        long before = puts();
        emulator.faults().on("PUT", "/pages").resetAfterApply();

        page.update("v2");

        assertThat(puts()).isEqualTo(before + 1);
        assertThat(page.content()).isEqualTo("v2");
        assertThat(page.version()).isNotEqualTo(java.util.Optional.of(v1))
                .isEqualTo(defaults.page(path).read().version());
        page.update("v3");                                  // the version it holds is the current one
        assertThat(defaults.page(path).read().content()).isEqualTo("v3");
    }

    @Test
    void update_appliedAnswerCutOff_withTheClientsRetries_isDoneNotChangedSinceRead() {
        String path = path();
        Wiki.Page page = defaults.page(path).create("v1");
        emulator.faults().on("PUT", "/pages").truncateBody();

        page.update("v2");

        assertThat(defaults.page(path).read().content()).isEqualTo("v2");
        assertThat(page.version()).isEqualTo(defaults.page(path).read().version());
    }

    @Test
    void update_droppedBeforeApplied_isSentAgain() {
        String path = path();
        Wiki.Page page = noRetries.page(path).create("v1");
        long before = puts();
        emulator.faults().on("PUT", "/pages").resetAfterRead();

        page.update("v2");

        assertThat(puts()).isEqualTo(before + 2);
        assertThat(defaults.page(path).read().content()).isEqualTo("v2");
    }
}
