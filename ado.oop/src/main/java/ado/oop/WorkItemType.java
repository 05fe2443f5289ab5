package ado.oop;

import ado.model.wit.WorkItemStateColor;
import ado.model.wit.WorkItemTypeCategory;
import ado.model.wit.WorkItemTypeFieldInstance;
import ado.model.wit.WorkItemTypes;
import java.util.List;
import java.util.Optional;

/**
 * A work item type as a project uses it, such as {@code Bug} or {@code User Story}: its name, reference name,
 * description, colour, icon and states, its fields with their allowed and default values, and the categories it
 * belongs to. One object per type (by name, ignoring case) and project per service; the type loads on first use.
 * To change a type, change its process ({@link Project#process()}, {@link WorkProcess#workItemType(String)}).
 *
 * <p><b>Thread safety.</b> Thread-safe: one object per type per service; its record loads once even when threads
 * ask together, and a newer record (a list, a refresh) replaces it whole, never mixed.
 */
public final class WorkItemType {

    private final Project project;
    private final Resource<String, ado.model.wit.WorkItemType> self;

    private WorkItemType(Project project, String name) {
        this.project = project;
        this.self = new Resource<>(name, k -> WorkItemTypes.get(project.api(), k));
    }

    /** {@return the one object of type {@code name} (ignoring case) of {@code project}; no request} */
    static WorkItemType of(Project project, String name) {
        NamedLookup.checked("name", name);
        return project.identities().resolve(WorkItemType.class,
                List.of(IdentityMap.Key.name("workItemType", project, name)), () -> new WorkItemType(project, name));
    }

    /** {@return the one object of the type {@code record} describes, holding {@code record}} */
    static WorkItemType of(Project project, ado.model.wit.WorkItemType record) {
        WorkItemType t = of(project, record.name());
        t.self.set(record);
        return t;
    }

    /** {@return the types of {@code project}; one request} */
    static List<WorkItemType> list(Project project) {
        return WorkItemTypes.list(project.api()).stream().map(r -> of(project, r)).toList();
    }

    /** {@return type {@code name} of {@code project}, an exact match ignoring case, or empty; one request} */
    static Optional<WorkItemType> named(Project project, String name) {
        NamedLookup.checked("name", name);
        return NamedLookup.exact(WorkItemTypes.list(project.api()), ado.model.wit.WorkItemType::name, name)
                .map(r -> of(project, r));
    }

    /** {@return the project} */
    public Project project() {
        return project;
    }

    /** {@return the organisation} */
    public Organization organization() {
        return project.organization();
    }

    /** {@return the name, such as {@code Bug}: from the record once loaded, else as it was reached} */
    public String name() {
        return self.loaded() ? info().name() : self.key();
    }

    /**
     * {@return the reference name, such as {@code Microsoft.VSTS.WorkItemTypes.Bug}}
     *
     * @throws ado.core.error.AdoNotFoundException if the project has no such type
     * @throws ado.core.error.AdoJsonException if the answer lacks the reference name
     */
    public String referenceName() {
        String ref = info().referenceName();
        if (ref == null) {
            throw ClientFailures.unexpectedAnswer("the reference name of work item type " + name());
        }
        return ref;
    }

    /** {@return the description, if the type has one} */
    public Optional<String> description() {
        return Optional.ofNullable(info().description());
    }

    /** {@return the colour as hex RGB digits, such as {@code CC293D}, if given} */
    public Optional<String> color() {
        return Optional.ofNullable(info().color());
    }

    /** {@return the icon id, such as {@code icon_insect}, if given} */
    public Optional<String> icon() {
        return Optional.ofNullable(info().icon()).map(ado.model.wit.WorkItemIcon::id);
    }

    /** {@return whether new work items of this type are refused} */
    public boolean disabled() {
        return Boolean.TRUE.equals(info().isDisabled());
    }

    /** {@return the type, loaded on first use (a 404 is {@link ado.core.error.AdoNotFoundException})} */
    public ado.model.wit.WorkItemType info() {
        return self.get();
    }

    /** {@return this type after loading it again} */
    public WorkItemType refresh() {
        return self.refresh(this);
    }

    /**
     * {@return the states in order, each with its colour and category ({@code Proposed}, {@code InProgress},
     * {@code Resolved}, {@code Completed}, {@code Removed}); from the loaded type, no further request}
     */
    public List<WorkItemStateColor> states() {
        return info().states();
    }

    /**
     * {@return the fields: reference name, name, whether always required, help text, default value and allowed
     * values (where the field has a list); one request}
     */
    public List<WorkItemTypeFieldInstance> fields() {
        return WorkItemTypes.fields(project.api(), name());
    }

    /**
     * {@return field {@code referenceName} of this type, or empty if the type does not use it; one request}
     *
     * @param referenceName the field's reference name, such as {@code Microsoft.VSTS.Common.Severity}
     * @throws NullPointerException if {@code referenceName} is null
     * @throws IllegalArgumentException if {@code referenceName} is blank
     */
    public Optional<WorkItemTypeFieldInstance> field(String referenceName) {
        NamedLookup.checked("referenceName", referenceName);
        return NamedLookup.exact(fields(), WorkItemTypeFieldInstance::referenceName, referenceName);
    }

    /** {@return the categories this type belongs to, such as {@code Microsoft.BugCategory}; one request} */
    public List<WorkItemTypeCategory> categories() {
        String name = name();
        return WorkItemTypes.categories(project.api()).stream()
                .filter(c -> c.workItemTypes().stream().anyMatch(t -> t.name().equalsIgnoreCase(name))).toList();
    }

    @Override
    public String toString() {
        return "WorkItemType[" + Describe.quote(name()) + self.ifLoaded(t -> t.referenceName() == null ? ""
                : " " + t.referenceName()) + " in " + project.label() + "]";
    }
}
