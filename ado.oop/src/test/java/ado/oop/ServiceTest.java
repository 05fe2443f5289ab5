package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ado.core.auth.Credentials;
import ado.core.error.AdoConfigurationException;
import ado.core.error.AdoNotFoundException;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AdoEmulatorExtension.class)
class ServiceTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";
    private static AdoEmulator emulator;

    @BeforeAll
    static void start(AdoEmulator started) {
        emulator = started;
    }

    @Test
    void builder_emulatorSettings_reachesProjects() {
        AzureDevOpsService service = AzureDevOpsService.builder().organization(emulator.url().toString())
                .credentials(Credentials.pat(emulator.pat())).requestTimeout(Duration.ofSeconds(20))
                .connectTimeout(Duration.ofSeconds(5)).userAgent("ado4j-test").build();

        assertThat(service.organization().projects().map(Project::name)).contains(PROJECT);
        assertThat(service.organization().name()).isEqualTo(emulator.organization());
    }

    @Test
    void of_nullClient_isRejected() {
        assertThatThrownBy(() -> AzureDevOpsService.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("client == null");
    }

    @Test
    void fromEnvironment_noOrganization_isConfigurationError() {
        assumeTrue(System.getenv("AZURE_DEVOPS_ORG") == null, "AZURE_DEVOPS_ORG is set");

        assertThatThrownBy(AzureDevOpsService::fromEnvironment).isInstanceOf(AdoConfigurationException.class);
    }

    @Test
    void project_blankName_isRejected() {
        var org = AzureDevOpsService.of(emulator.client()).organization();

        assertThatThrownBy(() -> org.project(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nameOrId");
    }

    @Test
    void projectInfo_missingProject_isNotFound() {
        Project missing = AzureDevOpsService.of(emulator.client()).organization().project("NoSuchProject");

        assertThat(missing.name()).isEqualTo("NoSuchProject");
        assertThatThrownBy(missing::info).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void repositoryInfo_concurrentFirstReads_loadOnce() throws Exception {
        Repository repo = AzureDevOpsService.of(emulator.client()).organization().project(PROJECT)
                .repository(PROJECT);
        emulator.requests().clear();
        var pool = Executors.newFixedThreadPool(8);
        var futures = new ArrayList<Future<?>>();
        for (int i = 0; i < 16; i++) {
            futures.add(pool.submit((Callable<Object>) repo::info));
        }
        for (Future<?> f : futures) {
            f.get(10, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(emulator.requests().count("GET", "/_apis/git/repositories/" + PROJECT)).isEqualTo(1);
    }

    @Test
    void projectRefresh_reloads() {
        Project p = AzureDevOpsService.of(emulator.client()).organization().project(PROJECT);
        p.info();
        emulator.requests().clear();

        assertThat(p.refresh()).isSameAs(p);
        assertThat(emulator.requests().total()).isEqualTo(1);
    }

    @Test
    void teamRefresh_reloadsSameObject() {
        Team t = AzureDevOpsService.of(emulator.client()).organization().project(PROJECT).team("Quality assurance");

        assertThat(t.refresh()).isSameAs(t);
        assertThat(t.info().description()).isEqualTo("Testing staff");
    }
}
