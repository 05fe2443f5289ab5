package ado.emulator.internal.library;

import ado.core.json.JsonObject;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Environments and their deployment records, secure files (upload, list, get, delete), task groups, agent pools,
 * agents and queues, and pipeline permissions on resources.
 */
public final class PipelineResourceRoutes {

    private static final String DT = "{project}/_apis/distributedtask/";

    private final OrgStore org;
    private final Library library;

    /** Creates the routes. */
    public PipelineResourceRoutes(OrgStore org, Library library) {
        this.org = org;
        this.library = library;
    }

    /** Adds the routes. */
    public void register(Router r) {
        r.add("GET", DT + "environments", this::listEnvironments)
                .add("POST", DT + "environments", c -> Reply.json(out(c).object(library.environments()
                        .create(project(c), body(c)))))
                .add("GET", DT + "environments/{environmentId}", c -> Reply.json(out(c).object(library
                        .environments().get(project(c), environmentId(c)))))
                .add("PATCH", DT + "environments/{environmentId}", c -> Reply.json(out(c).object(library
                        .environments().update(project(c), environmentId(c), body(c)))))
                .add("DELETE", DT + "environments/{environmentId}", c -> {
                    library.environments().delete(project(c), environmentId(c));
                    return Reply.noContent();
                })
                .add("GET", DT + "environments/{environmentId}/environmentdeploymentrecords", this::deployments)
                .add("GET", DT + "deploymentgroups", this::deploymentGroups)
                .add("POST", DT + "deploymentgroups", c -> Reply.json(library.deploymentGroups().create(project(c),
                        body(c))))
                .add("GET", DT + "deploymentgroups/{deploymentGroupId}", c -> Reply.json(library.deploymentGroups()
                        .get(project(c), Docs.id(c.var("deploymentGroupId"), "deploymentGroupId"))))
                .add("DELETE", DT + "deploymentgroups/{deploymentGroupId}", c -> {
                    library.deploymentGroups().delete(project(c), Docs.id(c.var("deploymentGroupId"),
                            "deploymentGroupId"));
                    return Reply.noContent();
                })
                .add("GET", DT + "securefiles", c -> {
                    List<JsonObject> all = new ArrayList<>(library.secureFiles().inProject(project(c)));
                    c.query("namePattern").map(LibraryRoutes::wildcard).ifPresent(p -> all.removeIf(f ->
                            !p.matcher(Docs.string(f, "name").orElse("")).matches()));
                    return Reply.json(LibraryWire.envelope(all, out(c)::object));
                })
                .add("POST", DT + "securefiles", c -> Reply.json(out(c).object(library.secureFiles().upload(
                        project(c), c.query("name").orElseThrow(() -> AdoError.missingArgument("name")), c.bytes()))))
                .add("GET", DT + "securefiles/{secureFileId}", c -> Reply.json(out(c).object(library.secureFiles()
                        .get(project(c), uuid(c, "secureFileId")))))
                .add("DELETE", DT + "securefiles/{secureFileId}", c -> {
                    library.secureFiles().delete(project(c), uuid(c, "secureFileId"));
                    return Reply.noContent();
                })
                .add("GET", DT + "taskgroups", c -> Reply.json(LibraryWire.envelope(library.taskGroups()
                        .inProject(project(c)), out(c)::object)))
                .add("POST", DT + "taskgroups", c -> Reply.json(out(c).object(library.taskGroups().create(
                        project(c), body(c)))))
                .add("GET", DT + "taskgroups/{taskGroupId}", c -> Reply.json(LibraryWire.envelope(List.of(
                        library.taskGroups().get(project(c), uuid(c, "taskGroupId"))), out(c)::object)))
                .add("PUT", DT + "taskgroups/{taskGroupId}", c -> Reply.json(out(c).object(library.taskGroups()
                        .update(project(c), uuid(c, "taskGroupId"), body(c)))))
                .add("DELETE", DT + "taskgroups/{taskGroupId}", c -> {
                    library.taskGroups().delete(project(c), uuid(c, "taskGroupId"));
                    return Reply.noContent();
                })
                .add("GET", "_apis/distributedtask/pools", this::pools)
                .add("GET", "_apis/distributedtask/pools/{poolId}", c -> Reply.json(out(c).object(library.agents()
                        .pool(Docs.id(c.var("poolId"), "poolId")))))
                .add("GET", "_apis/distributedtask/pools/{poolId}/agents", this::agents)
                .add("GET", "_apis/distributedtask/pools/{poolId}/agents/{agentId}", c -> Reply.json(out(c).object(
                        library.agents().agent(Docs.id(c.var("poolId"), "poolId"), Docs.id(c.var("agentId"),
                                "agentId"), c.flag("includeCapabilities")))))
                .add("GET", DT + "queues", c -> {
                    List<JsonObject> all = new ArrayList<>(library.agents().queues(project(c)));
                    c.query("queueName").map(LibraryRoutes::wildcard).ifPresent(p -> all.removeIf(q ->
                            !p.matcher(Docs.string(q, "name").orElse("")).matches()));
                    return Reply.json(LibraryWire.envelope(all, q -> q));
                })
                .add("GET", DT + "queues/{queueId}", c -> Reply.json(library.agents().queue(project(c),
                        Docs.id(c.var("queueId"), "queueId"))))
                .add("GET", "{project}/_apis/pipelines/pipelinepermissions/{resourceType}/{resourceId}",
                        c -> Reply.json(out(c).object(library.permissions().get(project(c), c.var("resourceType"),
                                c.var("resourceId")))))
                .add("PATCH", "{project}/_apis/pipelines/pipelinepermissions/{resourceType}/{resourceId}",
                        c -> Reply.json(out(c).object(library.permissions().update(project(c),
                                c.var("resourceType"), c.var("resourceId"), body(c)))));
    }

    private Reply listEnvironments(Call call) {
        List<JsonObject> all = new ArrayList<>(library.environments().inProject(project(call)));
        call.query("name").map(LibraryRoutes::wildcard).ifPresent(p -> all.removeIf(e ->
                !p.matcher(Docs.string(e, "name").orElse("")).matches()));
        return tokenPage(call, all, out(call)::object, false);
    }

    private Reply deployments(Call call) {
        return tokenPage(call, library.environments().deployments(project(call), environmentId(call)),
                out(call)::object, true);
    }

    /**
     * {@return one page of {@code all} (ordered by id, descending when {@code descending}) from the id in
     * {@code continuationToken}, {@code $top} or {@code top} long, with the next id in the header}
     */
    private static Reply tokenPage(Call call, List<JsonObject> all, java.util.function.Function<JsonObject,
            JsonObject> writer, boolean descending) {
        List<JsonObject> rest = new ArrayList<>(all);
        call.query("continuationToken").map(t -> Docs.id(t, "continuationToken")).ifPresent(from ->
                rest.removeIf(d -> descending ? Docs.number(d, "id").orElseThrow() > from
                        : Docs.number(d, "id").orElseThrow() < from));
        int top = call.intQuery(0, "$top", "top");
        if (top > 0 && rest.size() > top) {
            return Reply.json(LibraryWire.envelope(rest.subList(0, top), writer)).withHeader(
                    "x-ms-continuationtoken", Long.toString(Docs.number(rest.get(top), "id").orElseThrow()));
        }
        return Reply.json(LibraryWire.envelope(rest, writer));
    }

    /** Deployment groups by name; {@code name}, {@code ids}, and pages whose token is the next page's first name. */
    private Reply deploymentGroups(Call call) {
        List<JsonObject> all = new ArrayList<>(library.deploymentGroups().inProject(project(call)));
        call.query("name").map(LibraryRoutes::wildcard).ifPresent(p -> all.removeIf(g ->
                !p.matcher(Docs.string(g, "name").orElse("")).matches()));
        call.query("ids").ifPresent(ids -> {
            List<Long> wanted = java.util.Arrays.stream(ids.split(",")).map(i -> (long) Docs.id(i, "ids")).toList();
            all.removeIf(g -> !wanted.contains(Docs.number(g, "id").orElseThrow()));
        });
        call.query("continuationToken").ifPresent(from -> all.removeIf(g ->
                Docs.string(g, "name").orElse("").compareTo(from) < 0));
        int top = call.intQuery(0, "$top");
        if (top > 0 && all.size() > top) {
            return Reply.json(LibraryWire.envelope(all.subList(0, top), g -> g)).withHeader(
                    "x-ms-continuationtoken", Docs.string(all.get(top), "name").orElseThrow());
        }
        return Reply.json(LibraryWire.envelope(all, g -> g));
    }

    private Reply pools(Call call) {
        List<JsonObject> all = new ArrayList<>(library.agents().pools());
        call.query("poolName").map(LibraryRoutes::wildcard).ifPresent(p -> all.removeIf(e ->
                !p.matcher(Docs.string(e, "name").orElse("")).matches()));
        call.query("poolType").ifPresent(t -> all.removeIf(e -> !Docs.string(e, "poolType").orElse("")
                .equalsIgnoreCase(t)));
        return Reply.json(LibraryWire.envelope(all, out(call)::object));
    }

    private Reply agents(Call call) {
        List<JsonObject> all = new ArrayList<>(library.agents().agents(Docs.id(call.var("poolId"), "poolId"),
                call.flag("includeCapabilities")));
        call.query("agentName").map(LibraryRoutes::wildcard).ifPresent(p -> all.removeIf(e ->
                !p.matcher(Docs.string(e, "name").orElse("")).matches()));
        return Reply.json(LibraryWire.envelope(all, a -> a));
    }

    private LibraryWire out(Call call) {
        return LibraryWire.of(call, org);
    }

    private Project project(Call call) {
        return org.project(call.var("project"));
    }

    private static int environmentId(Call call) {
        return Docs.id(call.var("environmentId"), "environmentId");
    }

    private static UUID uuid(Call call, String name) {
        return Docs.uuid(call.var(name), name);
    }

    private static JsonObject body(Call call) {
        return Docs.object(call.json(), "body");
    }
}
