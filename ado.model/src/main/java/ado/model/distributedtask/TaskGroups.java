package ado.model.distributedtask;

import ado.core.ApiCall;
import ado.core.Body;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Task groups ({@code {project}/_apis/distributedtask/taskgroups}, a preview API). */
public final class TaskGroups {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1-preview.1";

    private TaskGroups() {
    }

    /**
     * {@return the project's task groups}
     *
     * @param project the project scope ({@code client.api().project(name)})
     */
    public static List<TaskGroup> list(ApiCall project) {
        return scope(project).get(API_VERSION).asList(TaskGroup.class);
    }

    /**
     * {@return task group {@code id}} (Azure DevOps answers a list; this returns its one element)
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param id      the task group id
     * @throws ado.core.error.AdoNotFoundException if there is none
     * @throws IllegalStateException               if the answer holds no task group
     * @throws NullPointerException                if {@code id} is null
     */
    public static TaskGroup get(ApiCall project, UUID id) {
        List<TaskGroup> found = scope(project).path(key(id)).get(API_VERSION).asList(TaskGroup.class);
        if (found.isEmpty()) {
            throw new IllegalStateException("the server answered no task group for " + id);
        }
        return found.get(0);
    }

    /**
     * {@return the new task group}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param create  the new task group: name, category and tasks
     * @throws NullPointerException if {@code create} is null
     */
    public static TaskGroup create(ApiCall project, TaskGroupCreate create) {
        Objects.requireNonNull(create, "create == null");
        return scope(project).post(API_VERSION).body(Body.json(create)).as(TaskGroup.class);
    }

    /**
     * {@return the task group after replacing it with {@code group} (a full PUT; the revision goes up)}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param group   the whole task group as read, changed, with its id and revision
     * @throws NullPointerException if {@code group} is null
     */
    public static TaskGroup update(ApiCall project, TaskGroup group) {
        Objects.requireNonNull(group, "group == null");
        return scope(project).path(key(group.id())).put(API_VERSION).body(Body.json(group)).as(TaskGroup.class);
    }

    /**
     * Deletes task group {@code id}.
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param id      the task group id
     * @throws NullPointerException if {@code id} is null
     */
    public static void delete(ApiCall project, UUID id) {
        scope(project).path(key(id)).delete(API_VERSION).send();
    }

    private static ApiCall scope(ApiCall project) {
        return project.apis("distributedtask", "taskgroups");
    }

    private static String key(UUID id) {
        return Objects.requireNonNull(id, "id == null").toString();
    }
}
