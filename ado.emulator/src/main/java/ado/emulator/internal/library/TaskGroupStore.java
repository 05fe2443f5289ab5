package ado.emulator.internal.library;

import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Task groups of each project, as documents (members a client sends are kept); each write bumps {@code revision}. */
public final class TaskGroupStore {

    private final OrgStore org;
    private final Clock clock;
    private final Map<UUID, JsonObject> groups = new LinkedHashMap<>();
    private final Map<UUID, UUID> projects = new LinkedHashMap<>();

    /** Creates an empty store. */
    public TaskGroupStore(OrgStore org, Clock clock) {
        this.org = org;
        this.clock = clock;
    }

    /** {@return the task groups of {@code project}} */
    public synchronized List<JsonObject> inProject(Project project) {
        return groups.entrySet().stream().filter(e -> projects.get(e.getKey()).equals(project.id()))
                .map(Map.Entry::getValue).toList();
    }

    /** {@return task group {@code id} of {@code project}; 404 otherwise} */
    public synchronized JsonObject get(Project project, UUID id) {
        JsonObject g = groups.get(id);
        if (g == null || !projects.get(id).equals(project.id())) {
            throw LibraryErrors.taskGroupNotFound(id.toString());
        }
        return g;
    }

    /** Creates a task group from {@code body}. */
    public synchronized JsonObject create(Project project, JsonObject body) {
        Docs.required(body, "name", "taskGroup.Name");
        tasks(body);
        UUID id = org.idFor("taskgroup", project.id() + "/" + groups.size() + "/" + body.string("name").orElseThrow());
        String now = Docs.time(clock.instant());
        JsonObject me = Docs.who(org.me().id());
        JsonObject g = body.toBuilder().put("id", id.toString()).put("revision", 1)
                .put("version", JsonObject.builder().put("major", 1).put("minor", 0).put("patch", 0)
                        .put("isTest", false).build())
                .put("createdBy", me).put("createdOn", now).put("modifiedBy", me).put("modifiedOn", now)
                .put("definitionType", "metaTask").build();
        groups.put(id, g);
        projects.put(id, project.id());
        return g;
    }

    /** Replaces task group {@code id} with {@code body} (its {@code id}, when present, must match). */
    public synchronized JsonObject update(Project project, UUID id, JsonObject body) {
        JsonObject old = get(project, id);
        Docs.required(body, "name", "taskGroup.Name");
        tasks(body);
        if (Docs.string(body, "id").filter(b -> !b.equalsIgnoreCase(id.toString())).isPresent()) {
            throw AdoError.badRequest("The task group id in the body (" + body.string("id").orElseThrow()
                    + ") does not match the id in the URL (" + id + ").");
        }
        JsonObject g = body.toBuilder().put("id", id.toString())
                .put("revision", Docs.number(old, "revision").orElse(1L) + 1)
                .put("createdBy", old.get("createdBy")).put("createdOn", old.get("createdOn"))
                .put("modifiedBy", Docs.who(org.me().id())).put("modifiedOn", Docs.time(clock.instant())).build();
        groups.put(id, g);
        return g;
    }

    /** Deletes task group {@code id}. */
    public synchronized void delete(Project project, UUID id) {
        get(project, id);
        groups.remove(id);
        projects.remove(id);
    }

    private static void tasks(JsonObject body) {
        if (!(body.get("tasks") instanceof JsonArray a) || a.values().isEmpty()) {
            throw AdoError.badRequest("A task group must contain at least one task: tasks is empty.");
        }
    }
}
