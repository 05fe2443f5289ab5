package ado.oop;

import ado.model.hooks.HookSubscription;
import ado.model.hooks.ServiceHooks;
import java.util.Objects;
import java.util.UUID;

/** A service hook subscription of the organisation: a snapshot that {@link #replace} and {@link #refresh} renew. */
public final class ServiceHook {

    private final Organization organization;
    private HookSubscription info;

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
