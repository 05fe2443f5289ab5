package ado.emulator.internal.library;

import ado.core.json.JsonArray;
import ado.core.json.JsonBoolean;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pipeline permissions per protected resource of a project: which pipelines may use it, and whether all may.
 * An update merges its entries by pipeline id. Thread-safe.
 */
public final class PermissionStore {

    private final OrgStore org;
    private final Clock clock;
    private final Map<String, JsonObject> permissions = new HashMap<>();

    /** Creates an empty store. */
    public PermissionStore(OrgStore org, Clock clock) {
        this.org = org;
        this.clock = clock;
    }

    /** {@return the permissions of resource {@code type}/{@code id} (no pipelines when never set)} */
    public synchronized JsonObject get(Project project, String type, String id) {
        return permissions.getOrDefault(key(project, type, id), JsonObject.builder()
                .put("resource", JsonObject.builder().put("type", type).put("id", id).build())
                .put("pipelines", JsonArray.EMPTY).build());
    }

    /** Merges {@code body} ({@code pipelines: [{id, authorized}]}, {@code allPipelines}) into the permissions. */
    public synchronized JsonObject update(Project project, String type, String id, JsonObject body) {
        JsonObject current = get(project, type, id);
        List<JsonObject> pipelines = new ArrayList<>(((JsonArray) current.get("pipelines")).values().stream()
                .map(JsonObject.class::cast).toList());
        String now = Docs.time(clock.instant());
        JsonObject me = Docs.who(org.me().id());
        if (!Docs.absent(body, "pipelines")) {
            for (JsonValue v : Docs.array(body.get("pipelines"), "pipelines")) {
                JsonObject entry = Docs.object(v, "pipelines");
                long pipeline = Docs.number(entry, "id").orElseThrow(() -> AdoError.missingArgument("pipelines.id"));
                if (pipeline <= 0) {
                    throw AdoError.badRequest("The value '" + pipeline + "' of pipelines.id is not a valid id.");
                }
                pipelines.removeIf(p -> Docs.number(p, "id").orElse(0L) == pipeline);
                pipelines.add(JsonObject.builder().put("id", pipeline).put("authorized", authorized(entry))
                        .put("authorizedBy", me).put("authorizedOn", now).build());
            }
        }
        var b = current.toBuilder().put("pipelines", new JsonArray(List.copyOf(pipelines)));
        Docs.optionalObject(body, "allPipelines").ifPresent(all -> b.put("allPipelines", JsonObject.builder()
                .put("authorized", authorized(all)).put("authorizedBy", me).put("authorizedOn", now).build()));
        JsonObject updated = b.build();
        permissions.put(key(project, type, id), updated);
        return updated;
    }

    private static boolean authorized(JsonObject entry) {
        if (!(entry.get("authorized") instanceof JsonBoolean flag)) {
            throw AdoError.missingArgument("authorized");
        }
        return flag.value();
    }

    private static String key(Project project, String type, String id) {
        return project.id() + "/" + type.toLowerCase(Locale.ROOT) + "/" + id.toLowerCase(Locale.ROOT);
    }
}
