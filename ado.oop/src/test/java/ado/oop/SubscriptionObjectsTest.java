package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoNotFoundException;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.hooks.HookSubscription;
import ado.model.notification.SubscriptionSpec;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Service hook and notification subscriptions as objects of the organisation. */
@ExtendWith(AdoEmulatorExtension.class)
class SubscriptionObjectsTest {

    private static Organization org;

    @BeforeAll
    static void connect(AdoEmulator emulator) {
        org = AzureDevOpsService.of(emulator.client()).organization();
    }

    @Test
    void serviceHook_replace_refreshSeesNewEventType() {
        ServiceHook hook = org.createHookSubscription(HookSubscription.webHook("git.push", Map.of(),
                "https://ci.example/a"));

        hook.replace(HookSubscription.webHook("build.complete", Map.of(), "https://ci.example/b"));

        assertThat(hook.refresh().info().eventType()).isEqualTo("build.complete");
        assertThat(hook.info().consumerInputs()).containsEntry("url", "https://ci.example/b");
    }

    @Test
    void serviceHook_deleted_refreshNotFound() {
        ServiceHook hook = org.createHookSubscription(HookSubscription.webHook("git.push", Map.of(),
                "https://ci.example/c"));

        hook.delete();

        assertThatThrownBy(hook::refresh).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void notificationRule_updateDescription_keptOnRefresh() {
        NotificationRule rule = org.createNotificationSubscription(SubscriptionSpec.email("Builds",
                "ms.vss-build.build-completed-event", "ci@fabrikam.example", UUID.randomUUID()));

        rule.update(new SubscriptionSpec("Finished builds", null, null, null, null));

        assertThat(rule.refresh().info().description()).isEqualTo("Finished builds");
        assertThat(rule.info().status()).isEqualTo("enabled");
    }

    @Test
    void hookCatalog_publishersAndConsumers_listed() {
        assertThat(org.hookPublishers()).extracting(p -> p.id()).contains("tfs");
        assertThat(org.hookConsumers()).extracting(c -> c.id()).contains("webHooks");
    }
}
