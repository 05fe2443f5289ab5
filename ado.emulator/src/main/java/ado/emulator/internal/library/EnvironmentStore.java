package ado.emulator.internal.library;

import ado.core.json.JsonObject;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Environments (ids unique in the organisation) and their deployment records, newest first. Thread-safe. */
public final class EnvironmentStore {

    private final OrgStore org;
    private final Clock clock;
    private final Map<Integer, JsonObject> environments = new LinkedHashMap<>();
    private final Map<Integer, UUID> projects = new LinkedHashMap<>();
    private final Map<Integer, List<JsonObject>> deployments = new LinkedHashMap<>();
    private int nextId = 1;
    private long nextRecord = 1;

    /** Creates an empty store. */
    public EnvironmentStore(OrgStore org, Clock clock) {
        this.org = org;
        this.clock = clock;
    }

    /** {@return the environments of {@code project}, by id} */
    public synchronized List<JsonObject> inProject(Project project) {
        List<JsonObject> out = new ArrayList<>();
        environments.forEach((id, e) -> {
            if (projects.get(id).equals(project.id())) {
                out.add(e);
            }
        });
        return out;
    }

    /** {@return environment {@code id} of {@code project}; 404 otherwise} */
    public synchronized JsonObject get(Project project, int id) {
        JsonObject e = environments.get(id);
        if (e == null || !projects.get(id).equals(project.id())) {
            throw LibraryErrors.environmentNotFound(id);
        }
        return e;
    }

    /** Creates environment {@code body.name} in {@code project}; 409 when the name is taken there. */
    public synchronized JsonObject create(Project project, JsonObject body) {
        String name = Docs.required(body, "name", "environmentCreateParameter.Name");
        unique(project, name, 0);
        int id = nextId++;
        String now = Docs.time(clock.instant());
        JsonObject me = Docs.who(org.me().id());
        JsonObject e = JsonObject.builder().put("id", id).put("name", name)
                .put("description", Docs.string(body, "description").orElse(""))
                .put("createdBy", me).put("createdOn", now).put("lastModifiedBy", me).put("lastModifiedOn", now)
                .put("project", ProjectShares.projectRef(project)).build();
        environments.put(id, e);
        projects.put(id, project.id());
        deployments.put(id, new ArrayList<>());
        return e;
    }

    /** Renames and describes environment {@code id}. */
    public synchronized JsonObject update(Project project, int id, JsonObject body) {
        JsonObject old = get(project, id);
        var b = old.toBuilder();
        Docs.string(body, "name").ifPresent(name -> {
            if (name.isBlank()) {
                throw AdoError.missingArgument("environmentUpdateParameter.Name");
            }
            unique(project, name, id);
            b.put("name", name);
        });
        Docs.string(body, "description").ifPresent(d -> b.put("description", d));
        JsonObject e = b.put("lastModifiedBy", Docs.who(org.me().id()))
                .put("lastModifiedOn", Docs.time(clock.instant())).build();
        environments.put(id, e);
        return e;
    }

    /** Deletes environment {@code id} and its records. */
    public synchronized void delete(Project project, int id) {
        get(project, id);
        environments.remove(id);
        projects.remove(id);
        deployments.remove(id);
    }

    /** {@return the deployment records of environment {@code id}, newest first} */
    public synchronized List<JsonObject> deployments(Project project, int id) {
        get(project, id);
        List<JsonObject> out = new ArrayList<>(deployments.get(id));
        java.util.Collections.reverse(out);
        return out;
    }

    /** Records a deployment of run {@code runName} of pipeline {@code pipelineName} to environment {@code id}. */
    public synchronized JsonObject recordDeployment(Project project, int id, int pipelineId, String pipelineName,
                                                   int runId, String runName, String result, Instant when) {
        get(project, id);
        String t = Docs.time(when);
        JsonObject r = JsonObject.builder().put("id", nextRecord++).put("environmentId", id)
                .put("serviceOwner", "00025394-6065-48ca-87d9-7f5672854ef7")
                .put("requestIdentifier", runName).put("planType", "Build")
                .put("planId", UUID.nameUUIDFromBytes(("plan/" + runId).getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)).toString())
                .put("stageName", "Deploy").put("jobName", "Deploy").put("stageAttempt", 1).put("jobAttempt", 1)
                .put("definition", JsonObject.builder().put("id", pipelineId).put("name", pipelineName).build())
                .put("owner", JsonObject.builder().put("id", runId).put("name", runName).build())
                .put("result", result).put("queueTime", t).put("startTime", t).put("finishTime", t).build();
        deployments.get(id).add(r);
        return r;
    }

    private void unique(Project project, String name, int self) {
        environments.forEach((id, e) -> {
            if (id != self && projects.get(id).equals(project.id())
                    && Docs.string(e, "name").orElse("").equalsIgnoreCase(name)) {
                throw LibraryErrors.environmentExists(name);
            }
        });
    }
}
