package ado.oop;

import ado.model.policy.Policies;
import ado.model.policy.PolicyConfiguration;
import ado.model.policy.PolicyDefinition;
import ado.model.policy.PolicySettings;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A policy configuration of a project: a snapshot of its latest revision that {@link #update} and {@link #refresh}
 * replace.
 *
 * <p>Azure DevOps does not check the revision on update, so every change is a read-modify-write through the
 * shared mechanism of {@link VariableGroup}: serialised per policy in the service, applied to the configuration as
 * read just before the write (so {@link #enabled} keeps a settings change another writer made, and the other way
 * round), checked by reading it back, and refused with {@link ado.core.error.AdoConflictException} when another
 * writer changed the same part (settings, enabled or blocking) since this object read it.
 *
 * <p><b>Thread safety.</b> Thread-safe: changes from any thread are serialised by a lock per configuration and
 * service; the object holds the configuration last read or written (a reader sees one or the other).
 */
public final class Policy {

    private final Project project;
    private volatile PolicyConfiguration info;

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

    /**
     * {@return this policy with {@code settings}, keeping enabled and blocking as stored (a new revision)}
     *
     * @param settings the new settings
     * @throws ado.core.error.AdoConflictException if another writer changed the settings since this object read them
     */
    public Policy update(PolicySettings settings) {
        Objects.requireNonNull(settings, "settings == null");
        return write("settings", PolicyConfiguration::typedSettings, settings,
                c -> new PolicyDefinition(settings, c.isEnabled(), c.isBlocking()));
    }

    /**
     * {@return this policy replaced by {@code definition} (a new revision)}
     *
     * @param definition the policy definition
     * @throws ado.core.error.AdoConflictException if another writer changed it since this object read it
     */
    public Policy update(PolicyDefinition definition) {
        Objects.requireNonNull(definition, "definition == null");
        return write("definition", c -> List.of(c.typedSettings(), c.isEnabled(), c.isBlocking()),
                List.of(definition.settings(), definition.isEnabled(), definition.isBlocking()), c -> definition);
    }

    /**
     * {@return this policy enabled or disabled, keeping its settings as stored (a new revision)}
     *
     * @param enabled whether it is enforced
     */
    public Policy enabled(boolean enabled) {
        return write("isEnabled", PolicyConfiguration::isEnabled, enabled,
                c -> new PolicyDefinition(c.typedSettings(), enabled, c.isBlocking()));
    }

    /**
     * {@return this policy made blocking (required) or optional, keeping its settings as stored (a new revision)}
     *
     * @param blocking whether it blocks completion
     */
    public Policy blocking(boolean blocking) {
        return write("isBlocking", PolicyConfiguration::isBlocking, blocking,
                c -> new PolicyDefinition(c.typedSettings(), c.isEnabled(), blocking));
    }

    private Policy write(String field, Function<PolicyConfiguration, Object> touched, Object wanted,
                         Function<PolicyConfiguration, PolicyDefinition> apply) {
        int id = id();
        var target = new ResourceWriter.Target<>(project.identities(), "policy", project.id() + "/" + id,
                () -> Policies.get(project.api(), id), () -> info, stored -> info = stored,
                project.api().apis("policy", "configurations", Integer.toString(id)).uri(),
                "Policy configuration " + id);
        ResourceWriter.write(target, new ResourceWriter.Change<>(field, touched, wanted, apply,
                definition -> Policies.update(project.api(), id, definition)));
        return this;
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
