package ado.oop;

import ado.model.distributedtask.TaskGroups;
import java.util.UUID;

/** A task group of a project. A new object per call; changes reload it from the server's answer. */
public final class TaskGroup {

    private final Project project;
    private final UUID id;
    private final Lazy<ado.model.distributedtask.TaskGroup> info;

    TaskGroup(Project project, UUID id) {
        this.project = project;
        this.id = id;
        this.info = new Lazy<>(() -> TaskGroups.get(project.api(), id));
    }

    TaskGroup(Project project, ado.model.distributedtask.TaskGroup record) {
        this(project, record.id());
        info.set(record);
    }

    /** {@return the project} */
    public Project project() {
        return project;
    }

    /** {@return the id} */
    public UUID id() {
        return id;
    }

    /** {@return the name} */
    public String name() {
        return info().name();
    }

    /** {@return the task group, loaded on first use} */
    public ado.model.distributedtask.TaskGroup info() {
        return info.get();
    }

    /** {@return this task group after loading it again} */
    public TaskGroup refresh() {
        info.reload();
        return this;
    }

    /** {@return this task group after renaming and describing it; tasks, inputs and unmodelled members are kept} */
    public TaskGroup update(String name, String description) {
        info.set(TaskGroups.update(project.api(), info().withNameAndDescription(name, description)));
        return this;
    }

    /** Deletes the task group. */
    public void delete() {
        TaskGroups.delete(project.api(), id);
    }

    @Override
    public String toString() {
        return "TaskGroup[" + (info.loaded() ? info().name() : id.toString()) + "]";
    }
}
