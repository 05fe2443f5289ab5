package ado.emulator.internal.work;

import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.org.Project;
import ado.emulator.internal.org.Team;
import ado.emulator.internal.wire.Bodies;
import ado.emulator.internal.wire.Wire;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Work item types of a project (with states and fields), type categories, the organisation's fields (list, get,
 * create) and team work item templates.
 */
final class WorkItemTypeRoutes {

    private static final String TYPES = "{project}/_apis/wit/workitemtypes";

    private final WorkStore work;

    WorkItemTypeRoutes(WorkStore work) {
        this.work = work;
    }

    void register(WorkRoutes.Locked r) {
        r.add("GET", TYPES, c -> {
            Project p = WorkRoutes.project(c, work);
            WorkWire out = WorkWire.of(c, work);
            return Reply.json(Wire.envelope(work.processes().of(p).types().stream()
                    .map(t -> (JsonValue) out.type(p, t)).toList()));
        });
        r.add("GET", TYPES + "/{type}", c -> {
            Project p = WorkRoutes.project(c, work);
            return Reply.json(WorkWire.of(c, work).type(p, type(c, p)));
        });
        r.add("GET", TYPES + "/{type}/states", c -> {
            WitDef t = type(c, WorkRoutes.project(c, work));
            return Reply.json(Wire.envelope(t.states().stream().map(s -> (JsonValue) WorkWire.stateColor(s))
                    .toList()));
        });
        r.add("GET", TYPES + "/{type}/fields", c -> {
            WitDef t = type(c, WorkRoutes.project(c, work));
            WorkWire out = WorkWire.of(c, work);
            boolean expand = c.query("$expand").isPresent();
            return Reply.json(Wire.envelope(t.fields().values().stream()
                    .map(f -> (JsonValue) out.fieldInstance(t, f, expand)).toList()));
        });
        r.add("GET", TYPES + "/{type}/fields/{field}", c -> {
            WitDef t = type(c, WorkRoutes.project(c, work));
            return Reply.json(WorkWire.of(c, work).fieldInstance(t, work.processes().fieldUse(t, c.var("field")),
                    c.query("$expand").isPresent()));
        });
        r.add("GET", "{project}/_apis/wit/workitemtypecategories", c -> {
            Project p = WorkRoutes.project(c, work);
            WorkWire out = WorkWire.of(c, work);
            return Reply.json(Wire.envelope(work.processes().categories(work.processes().of(p)).entrySet().stream()
                    .map(e -> (JsonValue) out.category(p, e.getKey(), e.getValue())).toList()));
        });
        r.add("GET", "{project}/_apis/wit/workitemtypecategories/{category}", c -> {
            Project p = WorkRoutes.project(c, work);
            var categories = work.processes().categories(work.processes().of(p));
            return categories.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(c.var("category")))
                    .findFirst().map(e -> Reply.json(WorkWire.of(c, work).category(p, e.getKey(), e.getValue())))
                    .orElseThrow(() -> WorkErrors.partNotFound("work item type category", c.var("category")));
        });
        for (String scope : List.of("", "{project}/")) {
            r.add("GET", scope + "_apis/wit/fields", c -> {
                c.optionalVar("project").ifPresent(work.org()::project);
                WorkWire out = WorkWire.of(c, work);
                return Reply.json(Wire.envelope(work.processes().fields().stream().map(f -> (JsonValue) out.field(f))
                        .toList()));
            });
            r.add("GET", scope + "_apis/wit/fields/{field}", c -> {
                c.optionalVar("project").ifPresent(work.org()::project);
                FieldDef f = work.processes().field(c.var("field"))
                        .orElseThrow(() -> WorkErrors.fieldNotFound(c.var("field")));
                return Reply.json(WorkWire.of(c, work).field(f));
            });
            r.add("POST", scope + "_apis/wit/fields", c -> {
                JsonObject body = Bodies.object(c.json(), "body");
                FieldDef f = work.processes().createField(Bodies.string(body, "name"),
                        Bodies.optionalString(body, "referenceName").orElse(null),
                        Bodies.optionalString(body, "type").orElse("string"),
                        Bodies.optionalString(body, "description").orElse(""));
                return Reply.json(WorkWire.of(c, work).field(f));
            });
        }
        for (String scope : List.of("{project}/{team}/", "{project}/")) {
            r.add("GET", scope + "_apis/wit/templates", this::listTemplates);
            r.add("POST", scope + "_apis/wit/templates", c -> putTemplate(c, null));
            r.add("GET", scope + "_apis/wit/templates/{templateId}", c -> {
                Project p = WorkRoutes.project(c, work);
                Team team = WorkRoutes.team(c, work, p);
                return Reply.json(WorkWire.of(c, work).template(p, team, work.teams().template(p, team,
                        WorkRoutes.uuid(c.var("templateId"), "templateId")), true));
            });
            r.add("PUT", scope + "_apis/wit/templates/{templateId}",
                    c -> putTemplate(c, WorkRoutes.uuid(c.var("templateId"), "templateId")));
            r.add("DELETE", scope + "_apis/wit/templates/{templateId}", c -> {
                Project p = WorkRoutes.project(c, work);
                work.teams().deleteTemplate(p, WorkRoutes.team(c, work, p),
                        WorkRoutes.uuid(c.var("templateId"), "templateId"));
                return Reply.noContent();
            });
        }
    }

    private WitDef type(Call c, Project p) {
        Process process = work.processes().of(p);
        return process.type(c.var("type")).orElseThrow(() -> WorkErrors.typeNotFound(c.var("type")));
    }

    private Reply listTemplates(Call c) {
        Project p = WorkRoutes.project(c, work);
        Team team = WorkRoutes.team(c, work, p);
        WorkWire out = WorkWire.of(c, work);
        String type = c.query("workitemtypename").orElse(null);
        return Reply.json(Wire.envelope(work.teams().work(p, team).templates().stream()
                .filter(t -> type == null || t.type().equalsIgnoreCase(type))
                .map(t -> (JsonValue) out.template(p, team, t, false)).toList()));
    }

    private Reply putTemplate(Call c, UUID id) {
        Project p = WorkRoutes.project(c, work);
        Team team = WorkRoutes.team(c, work, p);
        JsonObject body = Bodies.object(c.json(), "body");
        Map<String, String> fields = new LinkedHashMap<>();
        Bodies.optionalObject(body, "fields").ifPresent(o -> o.members().forEach((k, v) ->
                fields.put(k, v instanceof JsonString s ? s.value() : v.toJson())));
        TeamWork.Template t = work.teams().putTemplate(p, team, id, Bodies.optionalString(body, "name").orElse(null),
                Bodies.optionalString(body, "description").orElse(null),
                Bodies.optionalString(body, "workItemTypeName").orElse(null), fields);
        return Reply.json(WorkWire.of(c, work).template(p, team, t, true));
    }
}
