package ado.model.notification;

import ado.core.ApiCall;
import ado.core.Body;
import ado.model.internal.Checks;
import java.util.List;
import java.util.Objects;

/** Notification subscriptions ({@code _apis/notification/subscriptions}); methods take the organisation scope. */
public final class NotificationSubscriptions {

    /** The api-version of the notification area. */
    public static final String API_VERSION = "7.1";

    private NotificationSubscriptions() {
    }

    /** {@return the subscriptions of the authenticated user} */
    public static List<NotificationSubscription> list(ApiCall org) {
        return org.apis("notification", "subscriptions").get(API_VERSION).asList(NotificationSubscription.class);
    }

    /** {@return subscription {@code id}} */
    public static NotificationSubscription get(ApiCall org, String id) {
        return subscription(org, id).get(API_VERSION).as(NotificationSubscription.class);
    }

    /** {@return the new subscription; {@code spec} needs a filter and a channel} */
    public static NotificationSubscription create(ApiCall org, SubscriptionSpec spec) {
        Objects.requireNonNull(spec, "spec == null");
        Objects.requireNonNull(spec.filter(), "spec.filter == null");
        Objects.requireNonNull(spec.channel(), "spec.channel == null");
        return org.apis("notification", "subscriptions").post(API_VERSION).body(Body.json(spec.toJson()))
                .as(NotificationSubscription.class);
    }

    /** {@return subscription {@code id} with the non-null fields of {@code changes} applied (PATCH)} */
    public static NotificationSubscription update(ApiCall org, String id, SubscriptionSpec changes) {
        Objects.requireNonNull(changes, "changes == null");
        return subscription(org, id).patch(API_VERSION).body(Body.json(changes.toJson()))
                .as(NotificationSubscription.class);
    }

    /** Deletes subscription {@code id}. */
    public static void delete(ApiCall org, String id) {
        subscription(org, id).delete(API_VERSION).send();
    }

    private static ApiCall subscription(ApiCall org, String id) {
        return org.apis("notification", "subscriptions", Checks.nonBlank(id, "id"));
    }
}
