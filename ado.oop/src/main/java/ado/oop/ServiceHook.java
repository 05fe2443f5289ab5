package ado.oop;

import ado.model.hooks.HookSubscription;
import ado.model.hooks.ServiceHooks;
import java.util.Objects;
import java.util.UUID;

/**
 * A service hook subscription of the organisation: a snapshot that {@link #replace} and {@link #refresh} renew.
 *
 * <p><b>Thread safety.</b> Thread-safe: it holds the subscription last read or written (a reader sees one or the
 * other); concurrent changes are sent in turn and the last answer wins.
 */
public final class ServiceHook {

    private final Organization organization;
    private volatile HookSubscription info;

    ServiceHook(Organization organization, HookSubscription info) {
        this.organization = organization;
        this.info = Objects.requireNonNull(info, "info == null");
        Objects.requireNonNull(info.id(), "info.id == null");
    }

    /** {@return the subscription id} */
    public UUID id() {
        return info.id();
    }

    /** {@return the subscription as last read or written} */
    public HookSubscription info() {
        return info;
    }

    /** {@return this hook after reading it again} */
    public ServiceHook refresh() {
        info = ServiceHooks.get(organization.api(), id());
        return this;
    }

    /**
     * {@return this hook replaced by {@code subscription} (PUT)}
     *
     * @param subscription the new subscription
     */
    public ServiceHook replace(HookSubscription subscription) {
        info = ServiceHooks.replace(organization.api(), id(), subscription);
        return this;
    }

    /** Deletes the subscription. */
    public void delete() {
        ServiceHooks.delete(organization.api(), id());
    }

    @Override
    public String toString() {
        return "ServiceHook[" + info.eventType() + " -> " + info.consumerId() + "/" + info.consumerActionId() + "]";
    }
}
