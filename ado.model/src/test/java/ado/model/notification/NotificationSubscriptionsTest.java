package ado.model.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.ApiCall;
import ado.core.error.AdoBadRequestException;
import ado.core.error.AdoNotFoundException;
import ado.core.json.JsonObject;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AdoEmulatorExtension.class)
class NotificationSubscriptionsTest {

    private static ApiCall org;

    @BeforeAll
    static void scope(AdoEmulator emulator) {
        org = emulator.client().api();
    }

    private static SubscriptionSpec pushes() {
        return SubscriptionSpec.email("Pushes to main", "ms.vss-code.git-push-event", "team@fabrikam.example",
                UUID.randomUUID());
    }

    @Test
    void create_email_readableAndListed() {
        NotificationSubscription created = NotificationSubscriptions.create(org, pushes());

        assertThat(created.description()).isEqualTo("Pushes to main");
        assertThat(created.status()).isEqualTo("enabled");
        assertThat(created.subscriber()).isNotNull();
        assertThat(NotificationSubscriptions.get(org, created.id()).filter()).isEqualTo(created.filter());
        assertThat(NotificationSubscriptions.list(org)).extracting(NotificationSubscription::id)
                .contains(created.id());
    }

    @Test
    void update_statusOnly_otherFieldsKept() {
        NotificationSubscription created = NotificationSubscriptions.create(org, pushes());

        NotificationSubscription updated = NotificationSubscriptions.update(org, created.id(),
                new SubscriptionSpec(null, null, null, null, "disabled"));

        assertThat(updated.status()).isEqualTo("disabled");
        assertThat(updated.description()).isEqualTo("Pushes to main");
        assertThat(updated.channel()).isEqualTo(created.channel());
    }

    @Test
    void delete_subscription_notFoundAfterwards() {
        NotificationSubscription created = NotificationSubscriptions.create(org, pushes());

        NotificationSubscriptions.delete(org, created.id());

        assertThatThrownBy(() -> NotificationSubscriptions.get(org, created.id()))
                .isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void create_filterWithoutType_badRequest() {
        var spec = new SubscriptionSpec("x", JsonObject.EMPTY, JsonObject.builder().put("type", "User").build(), null,
                null);

        assertThatThrownBy(() -> NotificationSubscriptions.create(org, spec))
                .isInstanceOf(AdoBadRequestException.class).hasMessageContaining("filter");
    }

    @Test
    void create_withoutChannel_rejectedBeforeSending() {
        var spec = new SubscriptionSpec("x", JsonObject.builder().put("type", "Expression").build(), null, null,
                null);

        assertThatThrownBy(() -> NotificationSubscriptions.create(org, spec))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("channel");
    }
}
