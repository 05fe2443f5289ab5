package ado.oop;

import ado.model.notification.NotificationSubscription;
import ado.model.notification.NotificationSubscriptions;
import ado.model.notification.SubscriptionSpec;
import java.util.Objects;

/**
 * A notification subscription of the authenticated user: a snapshot that {@link #update} and {@link #refresh}
 * renew.
 *
 * <p><b>Thread safety.</b> Thread-safe: it holds the subscription last read or written (a reader sees one or the
 * other); concurrent changes are sent in turn and the last answer wins.
 */
public final class NotificationRule {

    private final Organization organization;
    private volatile NotificationSubscription info;

    NotificationRule(Organization organization, NotificationSubscription info) {
        this.organization = organization;
        this.info = Objects.requireNonNull(info, "info == null");
    }

    /** {@return the subscription id} */
    public String id() {
        return info.id();
    }

    /** {@return the subscription as last read or written} */
    public NotificationSubscription info() {
        return info;
    }

    /** {@return this rule after reading it again} */
    public NotificationRule refresh() {
        info = NotificationSubscriptions.get(organization.api(), id());
        return this;
    }

    /**
     * {@return this rule with the non-null fields of {@code changes} applied (PATCH)}
     *
     * @param changes the changes; {@code null} fields are left as they are
     */
    public NotificationRule update(SubscriptionSpec changes) {
        info = NotificationSubscriptions.update(organization.api(), id(), changes);
        return this;
    }

    /**
     * {@return this rule enabled or disabled}
     *
     * @param enabled whether the rule is enabled
     */
    public NotificationRule enabled(boolean enabled) {
        return update(new SubscriptionSpec(null, null, null, null, enabled ? "enabled" : "disabled"));
    }

    /** Deletes the subscription. */
    public void delete() {
        NotificationSubscriptions.delete(organization.api(), id());
    }

    @Override
    public String toString() {
        return "NotificationRule[" + info.id() + " " + info.description() + "]";
    }
}
