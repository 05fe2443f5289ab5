package ado.oop;

import ado.model.distributedtask.TaskGroups;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A task group of a project. One object per task group and project per service. Azure DevOps does not check the
 * revision on update, so {@link #update} is a read-modify-write through the shared mechanism of
 * {@link VariableGroup}: serialised per task group in the service, applied to the group as read just before the
 * write (tasks and inputs another writer changed are kept), checked by reading it back, and refused with
 * {@link ado.core.error.AdoConflictException} when another writer changed the name or description since this object
 * read them.
 *
 * <p><b>Thread safety.</b> Thread-safe: one object per task group per service; changes from any thread are
 * serialised by a lock per task group and service.
 */
public final class TaskGroup {

    private final Project project;
    private final Resource<UUID, ado.model.distributedtask.TaskGroup> self;

    private TaskGroup(Project project, UUID id) {
        this.project = project;
        this.self = new Resource<>(id, k -> TaskGroups.get(project.api(), k));
    }

    /** {@return the one object of task group {@code id} of {@code project}; no request} */
    static TaskGroup of(Project project, UUID id) {
        return project.identities().byId(TaskGroup.class, "taskGroup", project, id, () -> new TaskGroup(project, id));
    }

    /** {@return the one object of the task group {@code record} describes, holding {@code record}} */
    static TaskGroup of(Project project, ado.model.distributedtask.TaskGroup record) {
        TaskGroup g = of(project, record.id());
        g.self.set(record);
        return g;
    }

    /** {@return the project} */
    public Project project() {
        return project;
    }

    /** {@return the id} */
    public UUID id() {
        return self.key();
    }

    /** {@return the name} */
    public String name() {
        return info().name();
    }

    /** {@return the task group, loaded on first use} */
    public ado.model.distributedtask.TaskGroup info() {
        return self.get();
    }

    /** {@return this task group after loading it again} */
    public TaskGroup refresh() {
        return self.refresh(this);
    }

    /**
     * {@return this task group after renaming and describing it; tasks, inputs and unmodelled members are kept}
     *
     * @param name the new name
     * @param description the new description, or {@code null}
     * @throws ado.core.error.AdoConflictException if another writer changed the name or description since this
     *                                             object read them, or while this change was written
     */
    public TaskGroup update(String name, String description) {
        Objects.requireNonNull(name, "name == null");
        UUID id = id();
        var target = new ResourceWriter.Target<>(project.identities(), "taskGroup", id.toString(),
                self::fetch, self::peek, self::set, project.api().apis("distributedtask", "taskgroups",
                id.toString()).uri(), "Task group " + id);
        ResourceWriter.write(target, new ResourceWriter.Change<ado.model.distributedtask.TaskGroup,
                ado.model.distributedtask.TaskGroup>("nameAndDescription",
                g -> Arrays.asList(g.name(), g.description()), Arrays.asList(name, description),
                g -> g.withNameAndDescription(name, description), body -> TaskGroups.update(project.api(), body)));
        return this;
    }

    /** Deletes the task group. */
    public void delete() {
        TaskGroups.delete(project.api(), id());
    }

    @Override
    public String toString() {
        return "TaskGroup[" + self.ifLoaded(g -> Describe.quote(g.name()) + " ") + id() + " in " + project.label()
                + "]";
    }
}
