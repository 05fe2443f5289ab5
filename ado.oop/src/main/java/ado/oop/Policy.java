package ado.oop;

import ado.model.policy.Policies;
import ado.model.policy.PolicyConfiguration;
import ado.model.policy.PolicyDefinition;
import ado.model.policy.PolicySettings;
import java.util.List;
import java.util.Objects;

/**
 * A policy configuration of a project: a snapshot of its latest revision that {@link #update} and {@link #refresh}
 * replace. Not thread-safe.
 */
public final class Policy {

    private final Project project;
    private PolicyConfiguration info;

    Policy(Project project, PolicyConfiguration info) {
        this.project = project;
        this.info = info;
    }

    /** {@return the project} */
    public Project project() {
        return project;
    }

    /** {@return the configuration id} */
    public int id() {
        return info.id();
    }

    /** {@return the configuration as last read or written} */
    public PolicyConfiguration info() {
        return info;
    }

    /** {@return the typed settings ({@link PolicySettings.Other} for other policy types)} */
    public PolicySettings settings() {
        return info.typedSettings();
    }

    /** {@return whether it is enforced} */
    public boolean isEnabled() {
        return info.isEnabled();
    }

    /** {@return whether it blocks completion} */
    public boolean isBlocking() {
        return info.isBlocking();
    }

    /** {@return this policy after reading it again} */
    public Policy refresh() {
        info = Policies.get(project.api(), id());
        return this;
    }

    /** {@return this policy with {@code settings}, keeping enabled and blocking (a new revision)} */
    public Policy update(PolicySettings settings) {
        return update(new PolicyDefinition(settings, info.isEnabled(), info.isBlocking()));
    }

    /** {@return this policy replaced by {@code definition} (a new revision)} */
    public Policy update(PolicyDefinition definition) {
        Objects.requireNonNull(definition, "definition == null");
        info = Policies.update(project.api(), id(), definition);
        return this;
    }

    /** {@return this policy enabled or disabled (a new revision)} */
    public Policy enabled(boolean enabled) {
        return update(new PolicyDefinition(settings(), enabled, info.isBlocking()));
    }

    /** {@return this policy made blocking (required) or optional (a new revision)} */
    public Policy blocking(boolean blocking) {
        return update(new PolicyDefinition(settings(), info.isEnabled(), blocking));
    }

    /** {@return its revisions, newest first} */
    public List<PolicyConfiguration> revisions() {
        return Policies.revisions(project.api(), id());
    }

    /** Deletes the policy. */
    public void delete() {
        Policies.delete(project.api(), id());
    }

    @Override
    public String toString() {
        return "Policy[" + info.id() + " " + (info.type().displayName() != null ? info.type().displayName()
                : info.type().id()) + " r" + info.revision() + "]";
    }
}
