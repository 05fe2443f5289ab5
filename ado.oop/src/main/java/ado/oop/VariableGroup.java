package ado.oop;

import ado.model.distributedtask.VariableGroupParameters;
import ado.model.distributedtask.VariableGroupProjectReference;
import ado.model.distributedtask.VariableGroupQuery;
import ado.model.distributedtask.VariableGroups;
import ado.model.distributedtask.VariableValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A variable group of a project's pipelines library. Reached by name it matches exactly (ignoring case, as Azure
 * DevOps does), never by prefix. Its record loads on first use and each change reloads it from the server's answer.
 * A new object per call (variable groups are not in the service's identity map).
 *
 * <p><b>Changes are read-modify-writes that lose nothing.</b> Azure DevOps replaces a whole group on update and
 * never returns secret values, so {@link #setVariable} and {@link #removeVariable} send back everything that was
 * read: secrets as {@code isSecret: true} without a value (the server keeps them), {@code type},
 * {@code providerData}, the project references, and every member ado4j does not model, at group and at variable
 * level.
 *
 * <p><b>Concurrent changes are detected, not overwritten.</b> Before writing, the group is read again and compared
 * with the record the change is based on ({@link #info()}, loaded when it was first used or by {@link #refresh()}):
 * its modification stamp ({@code modifiedOn}, {@code modifiedBy}), name, description and variables. If anything
 * differs, nothing is written and {@link ado.core.error.AdoConflictException} is thrown: call {@link #refresh()},
 * look again and retry. The write itself is built from that second read, so whatever it holds (a new project share,
 * say) is kept. Azure DevOps offers no conditional update for variable groups, so a change made by someone else in
 * the short window between the second read and the write is still overwritten; the check narrows the window to one
 * round trip, it cannot close it.
 */
public final class VariableGroup {

    private final Project project;
    private final String name;
    private final String label;
    private final Lazy<ado.model.distributedtask.VariableGroup> info;

    VariableGroup(Project project, String name) {
        this.project = project;
        this.name = name;
        this.label = name;
        this.info = new Lazy<>(() -> find(project, name).orElseThrow(() -> ClientFailures.notFound(
                scope(project), "No variable group named '" + name + "' in project " + project.name() + ".")));
    }

    VariableGroup(Project project, int id) {
        this.project = project;
        this.name = null;
        this.label = "#" + id;
        this.info = new Lazy<>(() -> VariableGroups.get(project.api(), id));
    }

    VariableGroup(Project project, ado.model.distributedtask.VariableGroup record) {
        this(project, record.id());
        info.set(record);
    }

    static Optional<ado.model.distributedtask.VariableGroup> find(Project project, String name) {
        return VariableGroups.list(project.api(), VariableGroupQuery.ALL.withName(name))
                .filter(g -> g.name().equalsIgnoreCase(name)).findFirst();
    }

    private static java.net.URI scope(Project project) {
        return project.api().apis("distributedtask", "variablegroups").uri();
    }

    /** {@return the project} */
    public Project project() {
        return project;
    }

    /** {@return the group id; loads the group if it was reached by name} */
    public int id() {
        return info().id();
    }

    /** {@return the name: as given when reached by name, else from the record} */
    public String name() {
        return name != null && !info.loaded() ? name : info().name();
    }

    /** {@return the group as last read; secret values are {@code null}} */
    public ado.model.distributedtask.VariableGroup info() {
        return info.get();
    }

    /** {@return this group after reading it again} */
    public VariableGroup refresh() {
        if (info.loaded()) {
            int id = info().id();
            info.set(VariableGroups.get(project.api(), id));
        } else {
            info.get();
        }
        return this;
    }

    /** {@return the variables by name as last read; a secret's value is {@code null}} */
    public Map<String, VariableValue> variables() {
        return info().variables();
    }

    /**
     * {@return this group after setting variable {@code name} to {@code value}}, as a secret or not; every other
     * variable, secret and unmodelled member is kept
     *
     * @throws ado.core.error.AdoConflictException if the group changed since {@link #info()} was read
     */
    public VariableGroup setVariable(String name, String value, boolean secret) {
        Objects.requireNonNull(name, "name == null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank: '" + name + "'");
        }
        Objects.requireNonNull(value, "value == null");
        return write(p -> p.withVariable(name, value, secret));
    }

    /**
     * {@return this group after removing variable {@code name}}; nothing is sent when there is no such variable
     *
     * @throws ado.core.error.AdoConflictException if the group changed since {@link #info()} was read
     */
    public VariableGroup removeVariable(String name) {
        Objects.requireNonNull(name, "name == null");
        if (!variables().containsKey(name)) {
            return this;
        }
        return write(p -> p.withoutVariable(name));
    }

    /** {@return this group after sharing it into {@code other}} */
    public VariableGroup shareWith(Project other) {
        VariableGroups.share(project.organization().api(), id(), List.of(
                VariableGroupProjectReference.of(other.id(), name(), info().description())));
        return refresh();
    }

    /** Removes this group from its project; Azure DevOps deletes it when no project is left. */
    public void delete() {
        VariableGroups.delete(project.organization().api(), id(), List.of(project.id()));
    }

    private synchronized VariableGroup write(UnaryOperator<VariableGroupParameters> change) {
        ado.model.distributedtask.VariableGroup read = info();
        ado.model.distributedtask.VariableGroup current = VariableGroups.get(project.api(), read.id());
        if (!sameVersion(read, current)) {
            throw ClientFailures.conflict("PUT", project.organization().api().apis("distributedtask",
                    "variablegroups", Integer.toString(read.id())).uri(), "Variable group '" + read.name() + "' ("
                    + read.id() + ") changed since it was read (modified " + current.modifiedOn() + "); nothing was "
                    + "written. Call refresh() and try again.");
        }
        info.set(VariableGroups.update(project.organization().api(), read.id(),
                change.apply(VariableGroupParameters.from(current))));
        return this;
    }

    /** Compares what a concurrent writer changes; a listing and a get may differ in members neither writer touched. */
    private static boolean sameVersion(ado.model.distributedtask.VariableGroup a,
                                       ado.model.distributedtask.VariableGroup b) {
        return Objects.equals(a.modifiedOn(), b.modifiedOn())
                && Objects.equals(a.modifiedBy() == null ? null : a.modifiedBy().id(),
                b.modifiedBy() == null ? null : b.modifiedBy().id())
                && a.name().equals(b.name()) && Objects.equals(a.description(), b.description())
                && a.variables().equals(b.variables());
    }

    @Override
    public String toString() {
        return "VariableGroup[" + (info.loaded() ? info().name() + " #" + info().id() : label) + "]";
    }
}
