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

    /**
     * {@return the subscriptions of the authenticated user}
     *
     * @param org the organisation scope ({@code client.api()})
     */
    public static List<NotificationSubscription> list(ApiCall org) {
        return org.apis("notification", "subscriptions").get(API_VERSION).asList(NotificationSubscription.class);
    }

    /**
     * {@return subscription {@code id}}
     *
     * @param org the organisation scope ({@code client.api()})
     * @param id  the subscription id
     * @throws NullPointerException     if {@code id} is null
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public static NotificationSubscription get(ApiCall org, String id) {
        return subscription(org, id).get(API_VERSION).as(NotificationSubscription.class);
    }

    /**
     * {@return the new subscription; {@code spec} needs a filter and a channel}
     *
     * @param org  the organisation scope ({@code client.api()})
     * @param spec the subscription, such as {@link SubscriptionSpec#email}
     * @throws NullPointerException if {@code spec}, its filter or its channel is null
     */
    public static NotificationSubscription create(ApiCall org, SubscriptionSpec spec) {
        Objects.requireNonNull(spec, "spec == null");
        Objects.requireNonNull(spec.filter(), "spec.filter == null");
        Objects.requireNonNull(spec.channel(), "spec.channel == null");
        return org.apis("notification", "subscriptions").post(API_VERSION).body(Body.json(spec.toJson()))
                .as(NotificationSubscription.class);
    }

    /**
     * {@return subscription {@code id} with the non-null fields of {@code changes} applied (PATCH)}
     *
     * @param org     the organisation scope ({@code client.api()})
     * @param id      the subscription id
     * @param changes the fields to change; {@code null} fields stay as they are
     * @throws NullPointerException     if {@code id} or {@code changes} is null
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public static NotificationSubscription update(ApiCall org, String id, SubscriptionSpec changes) {
        Objects.requireNonNull(changes, "changes == null");
        return subscription(org, id).patch(API_VERSION).body(Body.json(changes.toJson()))
                .as(NotificationSubscription.class);
    }

    /**
     * Deletes subscription {@code id}.
     *
     * @param org the organisation scope ({@code client.api()})
     * @param id  the subscription id
     * @throws NullPointerException     if {@code id} is null
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public static void delete(ApiCall org, String id) {
        subscription(org, id).delete(API_VERSION).send();
    }

    private static ApiCall subscription(ApiCall org, String id) {
        return org.apis("notification", "subscriptions", Checks.nonBlank(id, "id"));
    }
}
