package ado.emulator.internal.dashboard;

import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import ado.emulator.internal.wire.Bodies;
import ado.emulator.internal.wire.Wire;
import java.util.Map;
import java.util.UUID;

/**
 * Dashboards of a team ({@code {project}/{team}/_apis/dashboard/dashboards}) or of a project
 * ({@code {project}/_apis/dashboard/dashboards}): list, get (with widgets), create, replace (PUT, eTag checked),
 * delete; widgets: list, get, create, replace (PUT, eTag checked), delete.
 */
public final class DashboardRoutes {

    private final OrgStore org;
    private final DashboardStore store;

    /** Creates the routes. */
    public DashboardRoutes(OrgStore org, DashboardStore store) {
        this.org = org;
        this.store = store;
    }

    /** Adds the routes for both scopes. */
    public void register(Router r) {
        for (String scope : new String[] {"{project}/{team}/_apis/dashboard/dashboards",
                "{project}/_apis/dashboard/dashboards"}) {
            String one = scope + "/{dashboardId}";
            r.add("GET", scope, c -> Reply.json(Wire.envelope(store.list(group(c)).stream()
                    .map(d -> (JsonValue) dashboard(c, d, false)).toList())));
            r.add("POST", scope, this::create);
            r.add("GET", one, c -> Reply.json(dashboard(c, find(c), true)));
            r.add("PUT", one, this::replace);
            r.add("DELETE", one, c -> {
                store.delete(group(c), id(c, "dashboardId"));
                return Reply.noContent();
            });
            r.add("GET", one + "/widgets", c -> Reply.json(Wire.envelope(find(c).widgets().stream()
                    .map(w -> (JsonValue) widget(c, w)).toList())));
            r.add("POST", one + "/widgets", c -> putWidget(c, null));
            r.add("GET", one + "/widgets/{widgetId}", c -> Reply.json(widget(c, store.widget(group(c),
                    id(c, "dashboardId"), id(c, "widgetId")))));
            r.add("PUT", one + "/widgets/{widgetId}", c -> putWidget(c, id(c, "widgetId")));
            r.add("DELETE", one + "/widgets/{widgetId}", c -> {
                store.deleteWidget(group(c), id(c, "dashboardId"), id(c, "widgetId"));
                return Reply.noContent();
            });
        }
    }

    private Reply create(Call call) {
        JsonObject body = Bodies.object(call.json(), "body");
        String name = Bodies.string(body, "name");
        DashboardStore.Dashboard d = store.create(group(call), call.optionalVar("team").isPresent(), name,
                Bodies.optionalString(body, "description").orElse(null));
        return Reply.json(200, dashboard(call, d, true));
    }

    private Reply replace(Call call) {
        JsonObject body = Bodies.object(call.json(), "body");
        DashboardStore.Dashboard d = store.replace(group(call), id(call, "dashboardId"), Bodies.string(body, "name"),
                Bodies.optionalString(body, "description").orElse(null),
                Bodies.optionalString(body, "eTag").orElse(null));
        return Reply.json(dashboard(call, d, true));
    }

    private Reply putWidget(Call call, UUID widgetId) {
        JsonObject body = Bodies.object(call.json(), "body");
        JsonObject position = Bodies.optionalObject(body, "position").orElse(JsonObject.builder().put("row", 1)
                .put("column", 1).build());
        JsonObject size = Bodies.optionalObject(body, "size").orElse(JsonObject.builder().put("rowSpan", 1)
                .put("columnSpan", 1).build());
        DashboardStore.Widget w = store.putWidget(group(call), id(call, "dashboardId"), widgetId,
                Bodies.optionalString(body, "eTag").orElse(null), Bodies.string(body, "name"),
                Bodies.string(body, "contributionId"), position, size,
                Bodies.optionalString(body, "settings").orElse(null));
        return Reply.json(widget(call, w));
    }

    private JsonObject dashboard(Call call, DashboardStore.Dashboard d, boolean withWidgets) {
        String url = base(call) + "/" + d.id();
        var b = JsonObject.builder()
                .put("_links", Wire.links("self", url))
                .put("id", d.id().toString())
                .put("name", d.name());
        if (d.description() != null) {
            b.put("description", d.description());
        }
        b.put("ownerId", d.groupId().toString())
                .put("groupId", d.groupId().toString())
                .put("dashboardScope", d.team() ? "project_Team" : "project")
                .put("position", d.position())
                .put("refreshInterval", 0)
                .put("eTag", Integer.toString(d.eTag()))
                .put("url", url);
        if (withWidgets) {
            b.put("widgets", new JsonArray(d.widgets().stream().map(w -> (JsonValue) widget(call, w)).toList()));
        }
        return b.build();
    }

    private JsonObject widget(Call call, DashboardStore.Widget w) {
        String url = base(call) + "/" + call.var("dashboardId") + "/widgets/" + w.id();
        var b = JsonObject.builder().put("id", w.id().toString()).put("eTag", Integer.toString(w.eTag()))
                .put("name", w.name()).put("position", w.position()).put("size", w.size())
                .put("contributionId", w.contributionId())
                .put("settingsVersion", JsonObject.builder().put("major", 1).put("minor", 0).put("patch", 0).build())
                .put("url", url).put("_links", Wire.links("self", url));
        if (w.settings() != null) {
            b.put("settings", w.settings());
        }
        return b.build();
    }

    private String base(Call call) {
        Project p = org.project(call.var("project"));
        String team = call.optionalVar("team").map(t -> "/" + org.team(p, t).id()).orElse("");
        return Wire.of(call, org).url("/" + p.id() + team + "/_apis/dashboard/dashboards");
    }

    private UUID group(Call call) {
        Project p = org.project(call.var("project"));
        return call.optionalVar("team").map(t -> org.team(p, t).id()).orElse(p.id());
    }

    private DashboardStore.Dashboard find(Call call) {
        return store.find(group(call), id(call, "dashboardId"));
    }

    private static UUID id(Call call, String var) {
        try {
            return UUID.fromString(call.var(var));
        } catch (IllegalArgumentException e) {
            throw AdoError.badRequest("The value '" + call.var(var) + "' is not a valid GUID.");
        }
    }

}
