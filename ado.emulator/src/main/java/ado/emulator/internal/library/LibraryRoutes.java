package ado.emulator.internal.library;

import ado.core.json.JsonObject;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.http.WireEnums;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Variable groups (reads per project; create, update, share and delete at the organisation as in 7.1, and at the
 * older project-level URLs) and service endpoints (reads per project; writes at the organisation).
 */
public final class LibraryRoutes {

    private static final String VG = "_apis/distributedtask/variablegroups";
    private static final String SE = "_apis/serviceendpoint/endpoints";

    private final OrgStore org;
    private final Library library;

    /** Creates the routes. */
    public LibraryRoutes(OrgStore org, Library library) {
        this.org = org;
        this.library = library;
    }

    /** Adds the routes. */
    public void register(Router r) {
        r.add("GET", "{project}/" + VG, this::listGroups)
                .add("GET", "{project}/" + VG + "/{groupId}", this::getGroup)
                .add("POST", VG, c -> createGroup(c, null))
                .add("POST", "{project}/" + VG, c -> createGroup(c, project(c)))
                .add("PUT", VG + "/{groupId}", c -> updateGroup(c, null))
                .add("PUT", "{project}/" + VG + "/{groupId}", c -> updateGroup(c, project(c)))
                .add("PATCH", VG, this::shareGroup)
                .add("DELETE", VG + "/{groupId}", c -> deleteGroup(c, null))
                .add("DELETE", "{project}/" + VG + "/{groupId}", c -> deleteGroup(c, project(c)))
                .add("GET", "{project}/" + SE, this::listEndpoints)
                .add("GET", "{project}/" + SE + "/{endpointId}", c -> Reply.json(endpoint(c,
                        library.endpoints().get(project(c), endpointId(c)))))
                .add("POST", SE, c -> Reply.json(endpoint(c, library.endpoints().create(body(c)))))
                .add("PUT", SE + "/{endpointId}", c -> Reply.json(endpoint(c,
                        library.endpoints().update(endpointId(c), body(c)))))
                .add("PATCH", SE + "/{endpointId}", c -> {
                    library.endpoints().share(endpointId(c), Docs.array(c.json(), "body"));
                    return Reply.noContent();
                })
                .add("DELETE", SE + "/{endpointId}", c -> deleteEndpoint(c))
                .add("DELETE", "{project}/" + SE + "/{endpointId}", c -> deleteEndpoint(c));
    }

    // ---- variable groups --------------------------------------------------------------------------------------

    private Reply listGroups(Call call) {
        Project p = project(call);
        LibraryWire out = LibraryWire.of(call, org);
        List<JsonObject> all = new ArrayList<>(library.variableGroups().inProject(p));
        if (call.query("groupIds").isPresent()) {
            List<Integer> ids = Arrays.stream(call.query("groupIds").orElseThrow().split(","))
                    .map(s -> Docs.id(s, "groupIds")).toList();
            all.removeIf(g -> !ids.contains((int) (long) Docs.number(g, "id").orElseThrow()));
        }
        call.query("groupName").ifPresent(name -> {
            Pattern pattern = wildcard(name);
            all.removeIf(g -> !pattern.matcher(Docs.string(g, "name").orElse("")).matches());
        });
        call.query("actionFilter").ifPresent(f -> WireEnums.VARIABLE_GROUP_ACTION.parseSet(f, "actionFilter"));
        boolean ascending = WireEnums.VARIABLE_GROUP_ORDER.query(call, "queryOrder").map("idAscending"::equals)
                .orElse(false);
        Comparator<JsonObject> byId = Comparator.comparingLong(g -> Docs.number(g, "id").orElseThrow());
        all.sort(ascending ? byId : byId.reversed());
        call.query("continuationToken").map(t -> Docs.id(t, "continuationToken")).ifPresent(from ->
                all.removeIf(g -> ascending ? Docs.number(g, "id").orElseThrow() < from
                        : Docs.number(g, "id").orElseThrow() > from));
        int top = call.intQuery(0, "$top");
        Reply reply;
        if (top > 0 && all.size() > top) {
            long next = Docs.number(all.get(top), "id").orElseThrow();
            reply = Reply.json(LibraryWire.envelope(all.subList(0, top), out::variableGroup))
                    .withHeader("x-ms-continuationtoken", Long.toString(next));
        } else {
            reply = Reply.json(LibraryWire.envelope(all, out::variableGroup));
        }
        return reply;
    }

    private Reply getGroup(Call call) {
        return Reply.json(LibraryWire.of(call, org).variableGroup(library.variableGroups().get(project(call),
                Docs.id(call.var("groupId"), "groupId"))));
    }

    private Reply createGroup(Call call, Project urlProject) {
        return Reply.json(LibraryWire.of(call, org).variableGroup(library.variableGroups().create(body(call),
                urlProject)));
    }

    private Reply updateGroup(Call call, Project urlProject) {
        return Reply.json(LibraryWire.of(call, org).variableGroup(library.variableGroups().update(
                Docs.id(call.var("groupId"), "groupId"), body(call), urlProject)));
    }

    private Reply shareGroup(Call call) {
        int id = Docs.id(call.query("variableGroupId").orElseThrow(() -> AdoError.missingArgument("variableGroupId")),
                "variableGroupId");
        library.variableGroups().share(id, Docs.array(call.json(), "body"));
        return Reply.noContent();
    }

    private Reply deleteGroup(Call call, Project urlProject) {
        int id = Docs.id(call.var("groupId"), "groupId");
        List<UUID> projects = urlProject != null && call.query("projectIds").isEmpty() ? List.of(urlProject.id())
                : projectIds(call);
        library.variableGroups().delete(id, projects);
        return Reply.noContent();
    }

    // ---- service endpoints ------------------------------------------------------------------------------------

    private Reply listEndpoints(Call call) {
        Project p = project(call);
        List<JsonObject> all = new ArrayList<>(library.endpoints().inProject(p));
        call.query("type").ifPresent(t -> all.removeIf(e -> !Docs.string(e, "type").orElse("").equalsIgnoreCase(t)));
        call.query("endpointNames").ifPresent(n -> {
            List<String> names = Arrays.stream(n.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
            all.removeIf(e -> !names.contains(Docs.string(e, "name").orElse("").toLowerCase(Locale.ROOT)));
        });
        call.query("endpointIds").ifPresent(n -> {
            List<String> ids = Arrays.stream(n.split(",")).map(s -> Docs.uuid(s, "endpointIds").toString()).toList();
            all.removeIf(e -> !ids.contains(Docs.string(e, "id").orElse("")));
        });
        return Reply.json(LibraryWire.envelope(all, e -> endpoint(call, e)));
    }

    private Reply deleteEndpoint(Call call) {
        library.endpoints().delete(endpointId(call), projectIds(call));
        return Reply.noContent();
    }

    private JsonObject endpoint(Call call, JsonObject doc) {
        return LibraryWire.of(call, org).object(ServiceEndpointStore.withoutSecrets(doc));
    }

    private static UUID endpointId(Call call) {
        return Docs.uuid(call.var("endpointId"), "endpointId");
    }

    // ---- shared -----------------------------------------------------------------------------------------------

    private Project project(Call call) {
        return org.project(call.var("project"));
    }

    private static JsonObject body(Call call) {
        return Docs.object(call.json(), "body");
    }

    private List<UUID> projectIds(Call call) {
        String raw = call.query("projectIds").orElseThrow(() -> AdoError.missingArgument("projectIds"));
        return Arrays.stream(raw.split(",")).map(s -> org.project(Docs.uuid(s, "projectIds").toString()).id())
                .toList();
    }

    /** {@return a case-insensitive pattern for an ADO name filter, where {@code *} matches anything} */
    static Pattern wildcard(String filter) {
        return Pattern.compile(Arrays.stream(filter.split("\\*", -1)).map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining(".*")), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
