package ado.oop;

import ado.model.distributedtask.VariableGroupParameters;
import ado.model.distributedtask.VariableGroupProjectReference;
import ado.model.distributedtask.VariableGroupQuery;
import ado.model.distributedtask.VariableGroups;
import ado.model.distributedtask.VariableValue;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A variable group of a project's pipelines library. Reached by name it matches exactly (ignoring case, as Azure
 * DevOps does), never by prefix. Its record loads on first use and each change replaces it with the group as read
 * back after the write. One object per group and project per service, whether reached by name, by id or from a
 * listing.
 *
 * <p><b>Changes are read-modify-writes that lose nothing.</b> Azure DevOps replaces a whole group on update and
 * never returns secret values, so {@link #setVariable} and {@link #removeVariable} send back everything that was
 * read: secrets as {@code isSecret: true} without a value (the server keeps them), {@code type},
 * {@code providerData}, the project references, and every member ado4j does not model, at group and at variable
 * level.
 *
 * <p><b>Concurrent writers.</b> Azure DevOps offers no conditional update for variable groups. Writers of one group
 * in one {@link AzureDevOpsService} are serialised (a lock per group held across read, write and check), so none
 * loses another's change. Each change reads the group just before writing and applies itself to what it read, so
 * a change another writer made to <em>other</em> variables since this object last read the group is kept (merged);
 * if the other writer changed the <em>same</em> variable, nothing is written and
 * {@link ado.core.error.AdoConflictException} is thrown: call {@link #refresh()}, look again and retry. After the
 * write the group is read again and the variable checked: if a writer in another process replaced the group with a
 * copy that lacks this change, the change is applied again (a few times at most, then a conflict). A write whose
 * answer was lost is checked the same way, so it is neither reported lost when it was stored nor sent blindly
 * again. A secret's value is never readable, so for a secret only its presence and secrecy are checked.
 *
 * <p>A writer in another process that read the group before this write and writes its copy after this write was
 * checked would remove this change while both report success. To catch that, the group is read once more a short
 * while after the write (twice the time the write took, at least 100 ms, so a change takes at least that long)
 * and the change applied again if it is gone. What remains is a writer in another process whose read-to-write
 * gap is longer than that wait. Measured with two services on one group (8 threads, distinct variables): without
 * the second read 8-9% of the writes that reported success were lost, with it none of 1,680
 * ({@code VariableGroupConcurrencyTest}). Give the writers of one
 * group one service to close the window completely.
 *
 * <p><b>Thread safety.</b> Thread-safe: one object per group per service; changes from any thread are serialised by
 * a lock per group and service, as described above.
 */
public final class VariableGroup {

    private final Project project;
    private final String name;
    private final String label;
    private final Lazy<ado.model.distributedtask.VariableGroup> info;

    private VariableGroup(Project project, String name) {
        this.project = project;
        this.name = name;
        this.label = name;
        this.info = new Lazy<>(() -> bindKeys(find(project, name).orElseThrow(() -> ClientFailures.notFound(
                scope(project), "No variable group named '" + name + "' in project " + project.name() + "."))));
    }

    private VariableGroup(Project project, int id) {
        this.project = project;
        this.name = null;
        this.label = "#" + id;
        this.info = new Lazy<>(() -> bindKeys(VariableGroups.get(project.api(), id)));
    }

    /** {@return the one object of group {@code name} in {@code project}; no request} */
    static VariableGroup of(Project project, String name) {
        return project.identities().resolve(VariableGroup.class, List.of(nameKey(project, name)),
                () -> new VariableGroup(project, name));
    }

    /** {@return the one object of group {@code id} in {@code project}; no request} */
    static VariableGroup of(Project project, int id) {
        return project.identities().byId(VariableGroup.class, "variableGroup", project, id,
                () -> new VariableGroup(project, id));
    }

    /** {@return the one object of the group {@code record} describes, holding {@code record}} */
    static VariableGroup of(Project project, ado.model.distributedtask.VariableGroup record) {
        VariableGroup g = project.identities().resolve(VariableGroup.class, List.of(idKey(project, record.id()),
                nameKey(project, record.name())), () -> new VariableGroup(project, record.id()));
        g.info.set(record);
        return g;
    }

    private static IdentityMap.Key idKey(Project project, int id) {
        return new IdentityMap.Key("variableGroup", project, Integer.toString(id));
    }

    private static IdentityMap.Key nameKey(Project project, String name) {
        return IdentityMap.Key.name("variableGroup", project, name);
    }

    private ado.model.distributedtask.VariableGroup bindKeys(ado.model.distributedtask.VariableGroup record) {
        project.identities().bind(this, idKey(project, record.id()));
        project.identities().bind(this, nameKey(project, record.name()));
        return record;
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
            info.set(bindKeys(VariableGroups.get(project.api(), id)));
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
     * @param name the variable name
     * @param value the value
     * @param secret whether the value is secret
     * @throws ado.core.error.AdoConflictException if another writer changed this variable since {@link #info()}
     *                                             was read, or while this change was written
     */
    public VariableGroup setVariable(String name, String value, boolean secret) {
        Objects.requireNonNull(name, "name == null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank: '" + name + "'");
        }
        Objects.requireNonNull(value, "value == null");
        return write(name, secret ? VariableValue.secret(value) : VariableValue.of(value),
                p -> p.withVariable(name, value, secret));
    }

    /**
     * {@return this group after removing variable {@code name}}; nothing is sent when there is no such variable
     *
     * @param name the variable name
     * @throws ado.core.error.AdoConflictException if another writer changed this variable since {@link #info()}
     *                                             was read, or while this change was written
     */
    public VariableGroup removeVariable(String name) {
        Objects.requireNonNull(name, "name == null");
        if (!variables().containsKey(name)) {
            return this;
        }
        return write(name, null, p -> p.withoutVariable(name));
    }

    /**
     * {@return this group after setting every variable of {@code variables} in one write}; every other variable,
     * secret and unmodelled member is kept. Same as {@link #update(Map, Collection)} with nothing to remove.
     *
     * @param variables the variables to set by name (see {@link #update(Map, Collection)})
     * @throws IllegalArgumentException            if a variable is neither a value nor a secret as read (see there)
     * @throws ado.core.error.AdoConflictException if another writer changed one of these variables since
     *                                             {@link #info()} was read, or while this change was written
     */
    public VariableGroup update(Map<String, VariableValue> variables) {
        return update(variables, List.of());
    }

    /**
     * {@return this group after setting every variable of {@code variables} and removing every variable of
     * {@code remove}, in one write} (one PUT, after the read every change of a group starts with); a variable
     * named in neither is kept as stored, so a secret that is not re-supplied keeps its value, and so are the
     * group's unmodelled members. A variable that exists keeps its unmodelled members and takes the new value and
     * secrecy.
     *
     * <p>Each value is {@link VariableValue#of} (plain), {@link VariableValue#secret} (a new secret value), or a
     * secret without a value as {@link #variables()} reads it: that one is sent back without a value and the server
     * keeps the value it stores, so a map read, changed and passed back loses no secret. A secret without a value
     * for a variable the group does not hold as a secret would store an empty secret, so it is refused, as is a
     * plain variable without a value; nothing is written then. Messages name variables, never values.
     *
     * <pre>{@code
     * var group = project.pipelineResources().variableGroup("Release settings");
     * group.update(Map.of("region", ado.model.distributedtask.VariableValue.of("westeurope"),
     *         "apiToken", group.variables().get("apiToken")),     // a secret as read: sent without a value, kept
     *         List.of("environment"));
     * }</pre>
     *
     * @param variables the variables to set by name
     * @param remove    the names of variables to remove; a name that is not in the group is ignored
     * @throws NullPointerException                if an argument, a name or a value is null
     * @throws IllegalArgumentException            if a name is blank or both set and removed, a plain variable has
     *                                             no value, or a secret without a value is not a secret of the group
     * @throws ado.core.error.AdoConflictException if another writer changed one of these variables since
     *                                             {@link #info()} was read, or while this change was written
     */
    public VariableGroup update(Map<String, VariableValue> variables, Collection<String> remove) {
        Objects.requireNonNull(variables, "variables == null");
        Objects.requireNonNull(remove, "remove == null");
        Map<String, VariableValue> set = new TreeMap<>();
        variables.forEach((k, v) -> {
            NamedLookup.checked("variable name", k);
            Objects.requireNonNull(v, () -> "variables['" + k + "'] == null");
            if (v.value() == null && !v.secret()) {
                throw new IllegalArgumentException("variables['" + k + "'] is a plain variable without a value");
            }
            set.put(k, v);
        });
        Set<String> gone = new TreeSet<>();
        for (String name : remove) {
            NamedLookup.checked("remove name", name);
            if (set.containsKey(name)) {
                throw new IllegalArgumentException("variable '" + name + "' is both set and removed");
            }
            gone.add(name);
        }
        Set<String> names = new TreeSet<>(set.keySet());
        names.addAll(gone);
        if (names.isEmpty()) {
            return this;
        }
        Map<String, Optional<List<Object>>> target = new TreeMap<>();
        set.forEach((k, v) -> target.put(k, seen(v)));
        gone.forEach(k -> target.put(k, Optional.empty()));
        write("variables:" + String.join(",", names), g -> seenAll(g, names), target, p -> {
            VariableGroupParameters next = p;
            for (var e : set.entrySet()) {
                VariableValue old = p.variables().get(e.getKey());
                if (e.getValue().value() != null) {
                    next = next.withVariable(e.getKey(), e.getValue().value(), e.getValue().secret());
                } else if (old == null || !old.secret()) {
                    throw new IllegalArgumentException("variable '" + e.getKey() + "' is given as a secret without"
                            + " a value (to keep the stored one), but " + label() + " holds no secret of that name");
                }
            }
            for (String name : gone) {
                next = next.withoutVariable(name);
            }
            return next;
        });
        return this;
    }

    /**
     * {@return this group after sharing it into {@code other}}
     *
     * @param other the project to share with
     */
    public VariableGroup shareWith(Project other) {
        VariableGroups.share(project.organization().api(), id(), List.of(
                VariableGroupProjectReference.of(other.id(), name(), info().description())));
        return refresh();
    }

    /** Removes this group from its project; Azure DevOps deletes it when no project is left. */
    public void delete() {
        VariableGroups.delete(project.organization().api(), id(), List.of(project.id()));
    }

    private VariableGroup write(String variable, VariableValue wanted,
                                UnaryOperator<VariableGroupParameters> change) {
        return write("variable:" + variable, g -> seen(g.variables().get(variable)), seen(wanted), change);
    }

    private VariableGroup write(String field, Function<ado.model.distributedtask.VariableGroup, Object> touched,
                                Object target, UnaryOperator<VariableGroupParameters> change) {
        int id = id();
        var on = new ResourceWriter.Target<>(project.identities(), "variableGroup", Integer.toString(id),
                () -> VariableGroups.get(project.api(), id), info::get, info::set,
                project.organization().api().apis("distributedtask", "variablegroups", Integer.toString(id)).uri(),
                "Variable group '" + name() + "' (" + id + ")");
        ResourceWriter.write(on, new ResourceWriter.Change<ado.model.distributedtask.VariableGroup,
                VariableGroupParameters>(field, touched, target, g -> change.apply(VariableGroupParameters.from(g)),
                body -> VariableGroups.update(project.organization().api(), id, body)));
        return this;
    }

    /** What a reader can see of a variable: absent, or its secrecy and (for a plain one) its value. */
    private static Optional<List<Object>> seen(VariableValue v) {
        return v == null ? Optional.empty()
                : Optional.of(v.secret() ? List.of(true) : java.util.Arrays.asList(false, v.value()));
    }

    /** What a reader can see of {@code names} in {@code group}, by name. */
    private static Map<String, Optional<List<Object>>> seenAll(ado.model.distributedtask.VariableGroup group,
                                                               Set<String> names) {
        Map<String, Optional<List<Object>>> seen = new TreeMap<>();
        names.forEach(n -> seen.put(n, seen(group.variables().get(n))));
        return seen;
    }

    /** {@return the group as messages name it; no request} */
    private String label() {
        return "Variable group " + (info.loaded() ? "'" + info().name() + "' (" + info().id() + ")" : label);
    }

    @Override
    public String toString() {
        return "VariableGroup[" + (info.loaded() ? Describe.quote(info().name()) + " #" + info().id() : label)
                + " in " + project.label() + "]";
    }
}
