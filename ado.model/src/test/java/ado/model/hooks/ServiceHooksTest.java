package ado.model.hooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.ApiCall;
import ado.core.error.AdoBadRequestException;
import ado.core.error.AdoNotFoundException;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AdoEmulatorExtension.class)
class ServiceHooksTest {

    private static ApiCall org;

    @BeforeAll
    static void scope(AdoEmulator emulator) {
        org = emulator.client().api();
    }

    private static HookSubscription pushHook() {
        return HookSubscription.webHook("git.push", Map.of("projectId", UUID.randomUUID().toString()),
                "https://hooks.example/push");
    }

    @Test
    void create_webHook_readableListedAndDescribed() {
        HookSubscription created = ServiceHooks.create(org, pushHook());

        assertThat(created.id()).isNotNull();
        assertThat(created.status()).isEqualTo("enabled");
        assertThat(created.consumerInputs()).containsEntry("url", "https://hooks.example/push");
        assertThat(ServiceHooks.get(org, created.id())).isEqualTo(created);
        assertThat(ServiceHooks.list(org)).extracting(HookSubscription::id).contains(created.id());
    }

    @Test
    void replace_newEventType_changed() {
        HookSubscription created = ServiceHooks.create(org, pushHook());

        HookSubscription replaced = ServiceHooks.replace(org, created.id(), HookSubscription.webHook(
                "git.pullrequest.created", Map.of(), "https://hooks.example/pr"));

        assertThat(replaced.eventType()).isEqualTo("git.pullrequest.created");
        assertThat(replaced.id()).isEqualTo(created.id());
    }

    @Test
    void delete_subscription_notFoundAfterwards() {
        HookSubscription created = ServiceHooks.create(org, pushHook());

        ServiceHooks.delete(org, created.id());

        assertThatThrownBy(() -> ServiceHooks.get(org, created.id())).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void create_unknownPublisher_notFoundNamingIt() {
        var s = new HookSubscription(null, "nobody", "git.push", null, "webHooks", "httpRequest", Map.of(),
                Map.of("url", "https://x.example"), null, null, null, null, null);

        assertThatThrownBy(() -> ServiceHooks.create(org, s)).isInstanceOf(AdoNotFoundException.class)
                .hasMessageContaining("'nobody'");
    }

    @Test
    void create_unknownEventType_badRequestNamingIt() {
        var s = HookSubscription.webHook("git.nothing", Map.of(), "https://x.example");

        assertThatThrownBy(() -> ServiceHooks.create(org, s)).isInstanceOf(AdoBadRequestException.class)
                .hasMessageContaining("'git.nothing'");
    }

    @Test
    void create_unknownConsumerAction_badRequest() {
        var s = new HookSubscription(null, "tfs", "git.push", null, "webHooks", "sendCarrierPigeon", Map.of(),
                Map.of("url", "https://x.example"), null, null, null, null, null);

        assertThatThrownBy(() -> ServiceHooks.create(org, s)).isInstanceOf(AdoBadRequestException.class)
                .hasMessageContaining("'sendCarrierPigeon'");
    }

    @Test
    void create_missingRequiredInput_badRequestNamingIt() {
        var s = new HookSubscription(null, "tfs", "git.push", null, "webHooks", "httpRequest", Map.of(), Map.of(),
                null, null, null, null, null);

        assertThatThrownBy(() -> ServiceHooks.create(org, s)).isInstanceOf(AdoBadRequestException.class)
                .hasMessageContaining("'url'");
    }

    @Test
    void publishers_andEventTypes_includeGitPush() {
        assertThat(ServiceHooks.publishers(org)).extracting(Publisher::id).contains("tfs");
        assertThat(ServiceHooks.eventTypes(org, "tfs")).extracting(EventTypeDescriptor::id)
                .contains("git.push", "build.complete");
        assertThatThrownBy(() -> ServiceHooks.eventTypes(org, "nobody")).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void consumers_includeWebHooksWithHttpRequest() {
        assertThat(ServiceHooks.consumers(org)).filteredOn(c -> c.id().equals("webHooks")).singleElement()
                .satisfies(c -> assertThat(c.actions()).extracting(ConsumerAction::id).containsExactly("httpRequest"));
    }
}
