package ado.emulator.internal.work;

import ado.core.json.JsonArray;
import ado.core.json.JsonNull;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.wire.Bodies;
import ado.emulator.internal.wire.Wire;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Processes ({@code _apis/work/processes}): list, get, create (inherited), update, delete, and their work item
 * types, states, fields, rules and behaviours. Changes to a system process fail with ADO's VS402356.
 */
final class ProcessRoutes {

    private static final String PROCESS = "_apis/work/processes/{processId}";
    private static final String TYPE = PROCESS + "/workItemTypes/{witRefName}";

    private final WorkStore work;

    ProcessRoutes(WorkStore work) {
        this.work = work;
    }

    private ProcessStore store() {
        return work.processes();
    }

    void register(WorkRoutes.Locked r) {
        r.add("GET", "_apis/work/processes", c -> {
            WorkWire out = WorkWire.of(c, work);
            boolean projects = expand(c, "projects");
            return Reply.json(Wire.envelope(store().list().stream().map(p -> (JsonValue) out.process(p, projects))
                    .toList()));
        });
        r.add("POST", "_apis/work/processes", c -> {
            JsonObject b = body(c);
            Process p = store().create(Bodies.optionalString(b, "name").orElse(null),
                    WorkRoutes.uuid(Bodies.string(b, "parentProcessTypeId"), "parentProcessTypeId"),
                    Bodies.optionalString(b, "description").orElse(null),
                    Bodies.optionalString(b, "referenceName").orElse(null));
            return Reply.json(WorkWire.of(c, work).process(p, false));
        });
        r.add("GET", PROCESS, c -> Reply.json(WorkWire.of(c, work).process(process(c), expand(c, "projects"))));
        r.add("PATCH", PROCESS, c -> {
            JsonObject b = body(c);
            Process p = store().update(processId(c), Bodies.optionalString(b, "name").orElse(null),
                    Bodies.optionalString(b, "description").orElse(null), WorkRoutes.bool(b, "isDefault")
                            .orElse(null), WorkRoutes.bool(b, "isEnabled").orElse(null));
            return Reply.json(WorkWire.of(c, work).process(p, false));
        });
        r.add("DELETE", PROCESS, c -> {
            store().delete(processId(c), work.org().projects());
            return Reply.noContent();
        });

        r.add("GET", PROCESS + "/workItemTypes", c -> {
            Process p = process(c);
            WorkWire out = WorkWire.of(c, work);
            boolean states = expand(c, "states");
            return Reply.json(Wire.envelope(p.types().stream().map(t -> (JsonValue) out.processType(p, t, states))
                    .toList()));
        });
        r.add("POST", PROCESS + "/workItemTypes", c -> {
            JsonObject b = body(c);
            WitDef t = store().createType(processId(c), Bodies.optionalString(b, "name").orElse(null),
                    Bodies.optionalString(b, "description").orElse(null),
                    Bodies.optionalString(b, "color").orElse(null), Bodies.optionalString(b, "icon").orElse(null),
                    Bodies.optionalString(b, "inheritsFrom").orElse(null),
                    WorkRoutes.bool(b, "isDisabled").orElse(null));
            return Reply.json(WorkWire.of(c, work).processType(process(c), t, false));
        });
        r.add("GET", TYPE, c -> {
            Process p = process(c);
            return Reply.json(WorkWire.of(c, work).processType(p, type(c, p), expand(c, "states")));
        });
        r.add("PATCH", TYPE, c -> {
            JsonObject b = body(c);
            WitDef t = store().updateType(processId(c), c.var("witRefName"),
                    Bodies.optionalString(b, "description").orElse(null),
                    Bodies.optionalString(b, "color").orElse(null), Bodies.optionalString(b, "icon").orElse(null),
                    WorkRoutes.bool(b, "isDisabled").orElse(null));
            return Reply.json(WorkWire.of(c, work).processType(process(c), t, false));
        });
        r.add("DELETE", TYPE, c -> {
            store().deleteType(processId(c), c.var("witRefName"));
            return Reply.noContent();
        });

        r.add("GET", TYPE + "/states", c -> {
            Process p = process(c);
            WitDef t = type(c, p);
            WorkWire out = WorkWire.of(c, work);
            return Reply.json(Wire.envelope(t.states().stream().map(s -> (JsonValue) out.processState(p, t, s))
                    .toList()));
        });
        r.add("POST", TYPE + "/states", c -> {
            JsonObject b = body(c);
            var s = store().createState(processId(c), c.var("witRefName"),
                    Bodies.optionalString(b, "name").orElse(null), Bodies.optionalString(b, "color").orElse(null),
                    Bodies.optionalString(b, "stateCategory").orElse(null), WorkRoutes.integer(b, "order")
                            .orElse(null));
            Process p = process(c);
            return Reply.json(WorkWire.of(c, work).processState(p, type(c, p), s));
        });
        for (String method : List.of("PATCH", "PUT")) {
            r.add(method, TYPE + "/states/{stateId}", c -> {
                JsonObject b = body(c);
                var s = store().updateState(processId(c), c.var("witRefName"), uuid(c, "stateId"),
                        Bodies.optionalString(b, "name").orElse(null), Bodies.optionalString(b, "color").orElse(null),
                        WorkRoutes.integer(b, "order").orElse(null), WorkRoutes.bool(b, "hidden").orElse(null));
                Process p = process(c);
                return Reply.json(WorkWire.of(c, work).processState(p, type(c, p), s));
            });
        }
        r.add("DELETE", TYPE + "/states/{stateId}", c -> {
            store().deleteState(processId(c), c.var("witRefName"), uuid(c, "stateId"));
            return Reply.noContent();
        });

        r.add("GET", TYPE + "/fields", c -> {
            Process p = process(c);
            WitDef t = type(c, p);
            WorkWire out = WorkWire.of(c, work);
            return Reply.json(Wire.envelope(t.fields().values().stream()
                    .map(f -> (JsonValue) out.processField(p, t, f)).toList()));
        });
        r.add("GET", TYPE + "/fields/{fieldRefName}", c -> {
            Process p = process(c);
            WitDef t = type(c, p);
            return Reply.json(WorkWire.of(c, work).processField(p, t, store().fieldUse(t, c.var("fieldRefName"))));
        });
        r.add("POST", TYPE + "/fields", c -> {
            JsonObject b = body(c);
            var use = store().addField(processId(c), c.var("witRefName"), Bodies.string(b, "referenceName"),
                    value(b, "defaultValue"), WorkRoutes.bool(b, "required").orElse(null),
                    WorkRoutes.bool(b, "readOnly").orElse(null), strings(b, "allowedValues"));
            Process p = process(c);
            return Reply.json(WorkWire.of(c, work).processField(p, type(c, p), use));
        });
        r.add("PATCH", TYPE + "/fields/{fieldRefName}", c -> {
            JsonObject b = body(c);
            var use = store().updateField(processId(c), c.var("witRefName"), c.var("fieldRefName"),
                    value(b, "defaultValue"), WorkRoutes.bool(b, "required").orElse(null),
                    WorkRoutes.bool(b, "readOnly").orElse(null), strings(b, "allowedValues"));
            Process p = process(c);
            return Reply.json(WorkWire.of(c, work).processField(p, type(c, p), use));
        });
        r.add("DELETE", TYPE + "/fields/{fieldRefName}", c -> {
            store().removeField(processId(c), c.var("witRefName"), c.var("fieldRefName"));
            return Reply.noContent();
        });

        r.add("GET", TYPE + "/rules", c -> {
            Process p = process(c);
            WitDef t = type(c, p);
            WorkWire out = WorkWire.of(c, work);
            return Reply.json(Wire.envelope(t.rules().stream().map(x -> (JsonValue) out.rule(p, t, x)).toList()));
        });
        r.add("GET", TYPE + "/rules/{ruleId}", c -> {
            Process p = process(c);
            WitDef t = type(c, p);
            return Reply.json(WorkWire.of(c, work).rule(p, t, store().rule(t, uuid(c, "ruleId"))));
        });
        r.add("POST", TYPE + "/rules", c -> {
            JsonObject b = body(c);
            var rule = store().createRule(processId(c), c.var("witRefName"),
                    Bodies.optionalString(b, "name").orElse(null), objects(b, "conditions"), objects(b, "actions"),
                    WorkRoutes.bool(b, "isDisabled").orElse(false));
            Process p = process(c);
            return Reply.json(WorkWire.of(c, work).rule(p, type(c, p), rule)); // 200, as its other creates
        });
        r.add("PUT", TYPE + "/rules/{ruleId}", c -> {
            JsonObject b = body(c);
            var rule = store().updateRule(processId(c), c.var("witRefName"), uuid(c, "ruleId"),
                    Bodies.optionalString(b, "name").orElse(null), objects(b, "conditions"), objects(b, "actions"),
                    WorkRoutes.bool(b, "isDisabled").orElse(false));
            Process p = process(c);
            return Reply.json(WorkWire.of(c, work).rule(p, type(c, p), rule));
        });
        r.add("DELETE", TYPE + "/rules/{ruleId}", c -> {
            store().deleteRule(processId(c), c.var("witRefName"), uuid(c, "ruleId"));
            return Reply.noContent();
        });

        r.add("GET", PROCESS + "/behaviors", c -> {
            Process p = process(c);
            WorkWire out = WorkWire.of(c, work);
            return Reply.json(Wire.envelope(p.behaviors().stream().map(b -> (JsonValue) out.behavior(p, b))
                    .toList()));
        });
        r.add("GET", PROCESS + "/behaviors/{behaviorRefName}", c -> {
            Process p = process(c);
            return Reply.json(WorkWire.of(c, work).behavior(p, store().behavior(p, c.var("behaviorRefName"))));
        });
        r.add("POST", PROCESS + "/behaviors", c -> {
            JsonObject b = body(c);
            String inherits = b.get("inherits") instanceof JsonObject o
                    ? Bodies.optionalString(o, "behaviorRefName").orElse(null)
                    : Bodies.optionalString(b, "inherits").orElse(null);
            var behavior = store().createBehavior(processId(c), Bodies.optionalString(b, "name").orElse(null),
                    Bodies.optionalString(b, "color").orElse(null),
                    Bodies.optionalString(b, "description").orElse(null),
                    Bodies.optionalString(b, "referenceName").orElse(null), inherits);
            return Reply.json(WorkWire.of(c, work).behavior(process(c), behavior));
        });
        r.add("PUT", PROCESS + "/behaviors/{behaviorRefName}", c -> {
            JsonObject b = body(c);
            var behavior = store().updateBehavior(processId(c), c.var("behaviorRefName"),
                    Bodies.optionalString(b, "name").orElse(null), Bodies.optionalString(b, "color").orElse(null),
                    Bodies.optionalString(b, "description").orElse(null));
            return Reply.json(WorkWire.of(c, work).behavior(process(c), behavior));
        });
        r.add("DELETE", PROCESS + "/behaviors/{behaviorRefName}", c -> {
            store().deleteBehavior(processId(c), c.var("behaviorRefName"));
            return Reply.noContent();
        });
    }

    private static boolean expand(Call c, String what) {
        return c.query("$expand").map(e -> e.toLowerCase(java.util.Locale.ROOT).contains(what.toLowerCase(
                java.util.Locale.ROOT))).orElse(false);
    }

    private static JsonObject body(Call c) {
        return Bodies.object(c.json(), "body");
    }

    private static UUID processId(Call c) {
        return uuid(c, "processId");
    }

    private static UUID uuid(Call c, String name) {
        return WorkRoutes.uuid(c.var(name), name);
    }

    private Process process(Call c) {
        return store().get(processId(c));
    }

    private WitDef type(Call c, Process p) {
        return store().type(p, c.var("witRefName"));
    }

    private static JsonValue value(JsonObject b, String name) {
        JsonValue v = b.get(name);
        return v == null || v instanceof JsonNull ? null : v;
    }

    private static List<String> strings(JsonObject b, String name) {
        if (!(b.get(name) instanceof JsonArray a)) {
            return null;
        }
        List<String> out = new ArrayList<>();
        a.values().forEach(v -> out.add(v instanceof JsonString s ? s.value() : v.toJson()));
        return out;
    }

    private static List<JsonObject> objects(JsonObject b, String name) {
        List<JsonObject> out = new ArrayList<>();
        if (b.get(name) instanceof JsonArray a) {
            for (JsonValue v : a.values()) {
                JsonObject o = Bodies.object(v, name);
                var clean = JsonObject.builder();
                o.members().forEach((k, x) -> {
                    if (!(x instanceof JsonNull)) {
                        clean.put(k, x);
                    }
                });
                out.add(clean.build());
            }
        }
        return out;
    }

}
