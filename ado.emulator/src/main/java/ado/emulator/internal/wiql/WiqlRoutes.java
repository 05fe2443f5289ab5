package ado.emulator.internal.wiql;

import ado.core.json.JsonArray;
import ado.core.json.JsonBoolean;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.http.WireEnums;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import ado.emulator.internal.org.User;
import ado.emulator.internal.wire.Bodies;
import ado.emulator.internal.wire.Wire;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * WIQL and saved queries: {@code POST _apis/wit/wiql} at organisation, project and team scope ({@code $top},
 * {@code timePrecision}), {@code GET .../wiql/{id}} (run a saved query), and {@code _apis/wit/queries}: list the
 * root folders, get a folder or query by id or path ({@code $depth} 0..2, {@code $expand} none, wiql, clauses, all,
 * minimal), create a folder or query ({@code POST} to the parent folder), move ({@code POST} of {@code {"id"}} to
 * the new folder), rename or change the WIQL ({@code PATCH}) and delete.
 */
public final class WiqlRoutes {

    private static final int MAX_PATH = 8;
    private static final Set<String> EXPANDS = Set.of("none", "wiql", "clauses", "all", "minimal");

    private final OrgStore org;
    private final WiqlEngine engine;
    private final SavedQueries queries = new SavedQueries();
    private final Clock clock;

    /** Creates the routes over the work items {@code view}; {@code clock} gives {@code @Today} and dates. */
    public WiqlRoutes(OrgStore org, WorkItemView view, Clock clock) {
        this.org = org;
        this.clock = clock;
        this.engine = new WiqlEngine(view, clock);
    }

    /** Adds the routes. */
    public void register(Router r) {
        r.add("POST", "_apis/wit/wiql", this::wiql);
        r.add("POST", "{project}/_apis/wit/wiql", this::wiql);
        r.add("POST", "{project}/{team}/_apis/wit/wiql", this::wiql);
        r.add("GET", "{project}/_apis/wit/wiql/{id}", this::wiqlById);
        r.add("GET", "{project}/{team}/_apis/wit/wiql/{id}", this::wiqlById);
        r.add("GET", "{project}/_apis/wit/queries", this::roots);
        var template = new StringBuilder("{project}/_apis/wit/queries");
        for (int i = 1; i <= MAX_PATH; i++) {
            template.append("/{q").append(i).append('}');
            r.add("GET", template.toString(), this::get);
            r.add("POST", template.toString(), this::create);
            r.add("PATCH", template.toString(), this::update);
            r.add("DELETE", template.toString(), this::delete);
        }
    }

    // ---- WIQL -------------------------------------------------------------------------------------------------

    private Reply wiql(Call call) {
        Optional<Project> project = call.optionalVar("project").map(org::project);
        project.ifPresent(p -> call.optionalVar("team").ifPresent(t -> org.team(p, t)));
        JsonObject body = Bodies.object(call.json(), "wiql");
        String text = Bodies.optionalString(body, "query").filter(q -> !q.isBlank())
                .orElseThrow(() -> AdoError.missingArgument("wiql.query"));
        return Reply.json(result(call, run(call, project.orElse(null), text)));
    }

    private Reply wiqlById(Call call) {
        Project project = org.project(call.var("project"));
        call.optionalVar("team").ifPresent(t -> org.team(project, t));
        SavedQueries.Node node = queries.get(project.id(), org.me().id(), clock.instant(), call.var("id"), 0);
        if (node.folder()) {
            throw WiqlErrors.badQueryItem("The query " + node.id() + " is a folder; only a query can be run.");
        }
        return Reply.json(result(call, run(call, project, node.wiql())));
    }

    private WiqlResult run(Call call, Project project, String wiql) {
        User me = org.me();
        Integer top = call.query("$top").isPresent() ? call.intQuery(0, "$top") : null;
        return engine.run(wiql, new WiqlEngine.Context(project == null ? null : project.name(), me.id().toString(),
                me.displayName(), me.uniqueName()), top);
    }

    private JsonObject result(Call call, WiqlResult r) {
        Wire wire = Wire.of(call, org);
        var b = JsonObject.builder()
                .put("queryType", r.queryType())
                .put("queryResultType", r.queryResultType())
                .put("asOf", Wire.time(r.asOf()))
                .put("columns", columns(wire, r.columns()))
                .put("sortColumns", sortColumns(wire, r.sortColumns()));
        if (r.queryType().equals("flat")) {
            b.put("workItems", new JsonArray(r.workItems().stream().map(id -> (JsonValue) ref(wire, id)).toList()));
        } else {
            b.put("workItemRelations", new JsonArray(r.relations().stream().map(rel -> {
                var o = JsonObject.builder();
                if (rel.source() != null) {
                    o.put("rel", rel.rel()).put("source", ref(wire, rel.source()));
                }
                return (JsonValue) o.put("target", ref(wire, rel.target())).build();
            }).toList()));
        }
        return b.build();
    }

    private static JsonObject ref(Wire wire, int id) {
        return JsonObject.builder().put("id", id).put("url", wire.url("/_apis/wit/workItems/" + id)).build();
    }

    private static JsonArray columns(Wire wire, List<WiqlResult.Column> columns) {
        return new JsonArray(columns.stream().map(c -> (JsonValue) column(wire, c)).toList());
    }

    private static JsonObject column(Wire wire, WiqlResult.Column c) {
        return JsonObject.builder().put("referenceName", c.referenceName()).put("name", c.name())
                .put("url", wire.url("/_apis/wit/fields/" + c.referenceName())).build();
    }

    private static JsonArray sortColumns(Wire wire, List<WiqlResult.SortColumn> sorts) {
        return new JsonArray(sorts.stream().map(s -> (JsonValue) JsonObject.builder()
                .put("field", column(wire, s.field())).put("descending", s.descending()).build()).toList());
    }

    // ---- saved queries ----------------------------------------------------------------------------------------

    private Reply roots(Call call) {
        Project p = org.project(call.var("project"));
        String expand = expand(call);
        List<SavedQueries.Node> roots = queries.roots(p.id(), org.me().id(), clock.instant(), depth(call));
        return Reply.json(Wire.envelope(roots.stream().map(n -> (JsonValue) item(call, p, n, expand)).toList()));
    }

    private Reply get(Call call) {
        Project p = org.project(call.var("project"));
        String expand = expand(call);
        return Reply.json(item(call, p, queries.get(p.id(), org.me().id(), clock.instant(), path(call), depth(call)),
                expand));
    }

    private Reply create(Call call) {
        Project p = org.project(call.var("project"));
        JsonObject body = Bodies.object(call.json(), "postedQuery");
        Optional<String> moved = Bodies.optionalString(body, "id");
        SavedQueries.Node node;
        if (moved.isPresent()) {
            node = queries.move(p.id(), org.me().id(), clock.instant(), path(call), moved.get());
        } else {
            boolean folder = body.get("isFolder") instanceof JsonBoolean f && f.value();
            node = queries.create(p.id(), org.me().id(), clock.instant(), path(call),
                    Bodies.optionalString(body, "name").orElse(null), folder,
                    Bodies.optionalString(body, "wiql").orElse(null));
        }
        return Reply.json(item(call, p, node, "all"));
    }

    private Reply update(Call call) {
        Project p = org.project(call.var("project"));
        JsonObject body = Bodies.object(call.json(), "queryUpdate");
        SavedQueries.Node node = queries.update(p.id(), org.me().id(), clock.instant(), path(call),
                Bodies.optionalString(body, "name").orElse(null), Bodies.optionalString(body, "wiql").orElse(null));
        return Reply.json(item(call, p, node, "all"));
    }

    private Reply delete(Call call) {
        Project p = org.project(call.var("project"));
        queries.delete(p.id(), org.me().id(), clock.instant(), path(call));
        return Reply.noContent();
    }

    private static String path(Call call) {
        var parts = new ArrayList<String>();
        for (int i = 1; i <= MAX_PATH; i++) {
            call.optionalVar("q" + i).ifPresent(parts::add);
        }
        return String.join("/", parts);
    }

    private static int depth(Call call) {
        return call.intQuery(0, "$depth");
    }

    private static String expand(Call call) {
        String e = WireEnums.QUERY_EXPAND.query(call, "$expand").orElse("none").toLowerCase(Locale.ROOT);
        if (!EXPANDS.contains(e)) {
            throw AdoError.badRequest("The value '" + e + "' is not valid for $expand: use none, wiql, clauses, "
                    + "all or minimal.");
        }
        return e;
    }

    private JsonObject item(Call call, Project p, SavedQueries.Node n, String expand) {
        Wire wire = Wire.of(call, org);
        String self = wire.url("/" + p.id() + "/_apis/wit/queries/" + n.id());
        var b = JsonObject.builder().put("id", n.id().toString()).put("name", n.name()).put("path", n.path());
        if (!expand.equals("minimal")) {
            b.put("createdBy", wire.identity(n.createdBy()))
                    .put("createdDate", Wire.time(n.createdDate()))
                    .put("lastModifiedBy", wire.identity(n.modifiedBy()))
                    .put("lastModifiedDate", Wire.time(n.modifiedDate()));
        }
        if (n.folder()) {
            b.put("isFolder", true).put("hasChildren", n.hasChildren());
        } else {
            b.put("queryType", n.queryType());
            if (expand.equals("wiql") || expand.equals("all")) {
                b.put("wiql", n.wiql());
            }
            if (expand.equals("clauses") || expand.equals("all")) {
                b.put("columns", columns(wire, SavedQueries.columns(n.wiql())))
                        .put("sortColumns", sortColumns(wire, SavedQueries.sortColumns(n.wiql())));
            }
        }
        if (n.children() != null && !n.children().isEmpty()) {
            b.put("children", new JsonArray(n.children().stream()
                    .map(c -> (JsonValue) item(call, p, c, expand)).toList()));
        }
        b.put("isPublic", n.isPublic());
        if (!expand.equals("minimal")) {
            var links = new ArrayList<String>(List.of("self", self, "html", wire.url("/" + p.name()
                    + "/_workitems?_a=query&id=" + n.id())));
            if (n.parentId() != null) {
                links.addAll(List.of("parent", wire.url("/" + p.id() + "/_apis/wit/queries/" + n.parentId())));
            }
            if (!n.folder()) {
                links.addAll(List.of("wiql", wire.url("/" + p.id() + "/_apis/wit/wiql/" + n.id())));
            }
            b.put("_links", Wire.links(links.toArray(String[]::new)));
        }
        return b.put("url", self).build();
    }
}
