package ado.emulator.internal.work;

import ado.core.json.JsonArray;
import ado.core.json.JsonNull;
import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import ado.emulator.internal.org.Team;
import ado.emulator.internal.wire.Wire;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Writes ADO's wire JSON for classification nodes, work item types, fields, team settings and processes. */
final class WorkWire {

    private final Wire wire;
    private final WorkStore work;

    private WorkWire(Wire wire, WorkStore work) {
        this.wire = wire;
        this.work = work;
    }

    static WorkWire of(Call call, WorkStore work) {
        return new WorkWire(Wire.of(call, work.org()), work);
    }

    String url(String path) {
        return wire.url(path);
    }

    static String enc(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // ---- classification nodes

    String nodeUrl(Project p, Node n) {
        var b = new StringBuilder(url("/" + p.id() + "/_apis/wit/classificationNodes/"
                + (n.kind().equals("area") ? "Areas" : "Iterations")));
        n.relative().forEach(s -> b.append('/').append(enc(s)));
        return b.toString();
    }

    JsonObject node(Project p, Node n, int depth) {
        var b = JsonObject.builder()
                .put("id", n.id())
                .put("identifier", n.identifier().toString())
                .put("name", n.name())
                .put("structureType", n.kind())
                .put("hasChildren", !n.children().isEmpty())
                .put("path", n.nodePath());
        if (n.kind().equals("iteration") && n.start() != null) {
            b.put("attributes", JsonObject.builder().put("startDate", Wire.time(n.start()))
                    .put("finishDate", Wire.time(n.finish())).build());
        }
        if (depth > 0 && !n.children().isEmpty()) {
            b.put("children", new JsonArray(n.children().stream().map(c -> (JsonValue) node(p, c, depth - 1))
                    .toList()));
        }
        String self = nodeUrl(p, n);
        b.put("_links", n.parent() == null ? Wire.links("self", self)
                : Wire.links("self", self, "parent", nodeUrl(p, n.parent())));
        return b.put("url", self).build();
    }

    // ---- work item types and fields

    String fieldUrl(String ref) {
        return url("/_apis/wit/fields/" + ref);
    }

    JsonObject field(FieldDef f) {
        return JsonObject.builder()
                .put("name", f.name())
                .put("referenceName", f.referenceName())
                .put("description", f.description())
                .put("type", f.type())
                .put("usage", "workItem")
                .put("readOnly", f.readOnly())
                .put("canSortBy", !f.type().equals("html") && !f.type().equals("history"))
                .put("isQueryable", true)
                .put("supportedOperations", JsonArray.EMPTY)
                .put("isIdentity", f.identity())
                .put("isPicklist", f.type().startsWith("picklist"))
                .put("isPicklistSuggested", false)
                .put("url", fieldUrl(f.referenceName()))
                .build();
    }

    JsonObject fieldInstance(WitDef t, FieldUse use, boolean expand) {
        ProcessStore ps = work.processes();
        FieldDef f = ps.field(use.referenceName()).orElseThrow();
        var b = JsonObject.builder()
                .put("alwaysRequired", use.required() || t.requiredFields().contains(use.referenceName()))
                .put("referenceName", f.referenceName())
                .put("name", f.name())
                .put("url", fieldUrl(f.referenceName()));
        if (expand) {
            b.put("defaultValue", use.defaultValue() == null ? JsonNull.INSTANCE : use.defaultValue())
                    .put("allowedValues", strings(use.allowedValues()));
        }
        return b.build();
    }

    String typeUrl(Project p, WitDef t) {
        return url("/" + p.id() + "/_apis/wit/workItemTypes/" + enc(t.name()));
    }

    JsonObject type(Project p, WitDef t) {
        List<JsonValue> fields = t.fields().values().stream().map(f -> (JsonValue) fieldInstance(t, f, false))
                .toList();
        var transitions = JsonObject.builder();
        transitions.put("", JsonArray.of(transition(t, t.initialState())));
        for (StateDef s : t.states()) {
            transitions.put(s.name(), new JsonArray(t.transitionsFrom(s.name()).stream()
                    .map(to -> (JsonValue) transition(t, to)).toList()));
        }
        return JsonObject.builder()
                .put("name", t.name())
                .put("referenceName", t.referenceName())
                .put("description", t.description())
                .put("color", t.color())
                .put("icon", JsonObject.builder().put("id", t.icon())
                        .put("url", url("/_apis/wit/workItemIcons/" + t.icon() + "?color=" + t.color() + "&v=2"))
                        .build())
                .put("isDisabled", t.disabled())
                .put("xmlForm", "<FORM><Layout><Control FieldName=\"System.Title\" Type=\"FieldControl\" />"
                        + "</Layout></FORM>")
                .put("fields", new JsonArray(fields))
                .put("fieldInstances", new JsonArray(fields))
                .put("transitions", transitions.build())
                .put("states", new JsonArray(t.states().stream().map(s -> (JsonValue) stateColor(s)).toList()))
                .put("_links", Wire.links("self", typeUrl(p, t)))
                .put("url", typeUrl(p, t))
                .build();
    }

    /** {@return a transition; moving to a resolved state carries the check-in action, as ADO's templates do} */
    private static JsonObject transition(WitDef t, String to) {
        boolean resolved = t.state(to).map(s -> s.category().equals("Resolved")).orElse(false);
        return JsonObject.builder().put("to", to).put("actions", resolved
                ? JsonArray.of(new JsonString("Microsoft.VSTS.Actions.Checkin")) : JsonArray.EMPTY).build();
    }

    static JsonObject stateColor(StateDef s) {
        return JsonObject.builder().put("name", s.name()).put("color", s.color()).put("category", s.category())
                .build();
    }

    JsonObject category(Project p, String ref, List<WitDef> types) {
        String self = url("/" + p.id() + "/_apis/wit/workItemTypeCategories/" + ref);
        return JsonObject.builder()
                .put("name", ProcessStore.categoryName(ref))
                .put("referenceName", ref)
                .put("defaultWorkItemType", typeRef(p, types.get(0)))
                .put("workItemTypes", new JsonArray(types.stream().map(t -> (JsonValue) typeRef(p, t)).toList()))
                .put("_links", Wire.links("self", self))
                .put("url", self)
                .build();
    }

    private JsonObject typeRef(Project p, WitDef t) {
        return JsonObject.builder().put("name", t.name()).put("url", typeUrl(p, t)).build();
    }

    JsonObject template(Project p, Team team, TeamWork.Template t, boolean withFields) {
        String self = url("/" + p.id() + "/" + team.id() + "/_apis/wit/templates/" + t.id());
        var b = JsonObject.builder().put("id", t.id().toString()).put("name", t.name())
                .put("description", t.description()).put("workItemTypeName", t.type());
        if (withFields) {
            var f = JsonObject.builder();
            t.fields().forEach(f::put);
            b.put("fields", f.build());
        }
        return b.put("_links", Wire.links("self", self)).put("url", self).build();
    }

    // ---- teams

    String teamBase(Project p, Team t) {
        return url("/" + p.id() + "/" + t.id() + "/_apis/work/teamsettings");
    }

    private JsonObject iterationRef(Project p, Node n) {
        return JsonObject.builder().put("id", n.identifier().toString()).put("name", n.name())
                .put("path", n.fieldPath()).put("url", nodeUrl(p, n)).build();
    }

    JsonObject settings(Project p, Team t, TeamWork w) {
        String base = teamBase(p, t);
        var visibilities = JsonObject.builder();
        w.backlogVisibilities().forEach(visibilities::put);
        Node def = w.defaultIteration() != null ? w.defaultIteration()
                : work.teams().current(p, t).orElse(null);
        var nodesLinks = new ArrayList<JsonValue>();
        nodesLinks.add(JsonObject.builder().put("href", nodeUrl(p, w.backlogIteration())).build());
        if (def != null) {
            nodesLinks.add(JsonObject.builder().put("href", nodeUrl(p, def)).build());
        }
        return JsonObject.builder()
                .put("backlogIteration", iterationRef(p, w.backlogIteration()))
                .put("bugsBehavior", w.bugsBehavior())
                .put("workingDays", strings(w.workingDays().stream()
                        .map(d -> d.name().toLowerCase(java.util.Locale.ROOT)).toList()))
                .put("backlogVisibilities", visibilities.build())
                .put("defaultIteration", def == null ? JsonNull.INSTANCE : iterationRef(p, def))
                .put("defaultIterationMacro", w.defaultIterationMacro() == null ? JsonNull.INSTANCE
                        : new JsonString(w.defaultIterationMacro()))
                .put("url", base)
                .put("_links", Wire.links("self", base, "project", url("/_apis/projects/" + p.id()),
                        "team", url("/_apis/projects/" + p.id() + "/teams/" + t.id()),
                        "teamIterations", base + "/iterations", "teamFieldValues", base + "/teamfieldvalues")
                        .toBuilder().put("classificationNode", new JsonArray(nodesLinks)).build())
                .build();
    }

    JsonObject teamIteration(Project p, Team t, Node n, boolean links) {
        String self = teamBase(p, t) + "/iterations/" + n.identifier();
        var attributes = JsonObject.builder()
                .put("startDate", n.start() == null ? JsonNull.INSTANCE : new JsonString(Wire.time(n.start())))
                .put("finishDate", n.finish() == null ? JsonNull.INSTANCE : new JsonString(Wire.time(n.finish())))
                .put("timeFrame", work.teams().timeFrame(n));
        var b = JsonObject.builder().put("id", n.identifier().toString()).put("name", n.name())
                .put("path", n.fieldPath()).put("attributes", attributes.build()).put("url", self);
        if (links) {
            String base = teamBase(p, t);
            b.put("_links", Wire.links("self", self, "project", url("/_apis/projects/" + p.id()),
                    "team", url("/_apis/projects/" + p.id() + "/teams/" + t.id()), "teamSettings", base,
                    "teamIterations", base + "/iterations", "capacity", self + "/capacities",
                    "classificationNode", nodeUrl(p, n), "teamDaysOff", self + "/teamdaysoff"));
        }
        return b.build();
    }

    JsonObject fieldValues(Project p, Team t, TeamWork w) {
        String base = teamBase(p, t);
        return JsonObject.builder()
                .put("field", JsonObject.builder().put("referenceName", "System.AreaPath")
                        .put("url", fieldUrl("System.AreaPath")).build())
                .put("defaultValue", w.defaultArea().fieldPath())
                .put("values", new JsonArray(w.areas().stream().map(a -> (JsonValue) JsonObject.builder()
                        .put("value", a.node().fieldPath()).put("includeChildren", a.includeChildren()).build())
                        .toList()))
                .put("url", base + "/teamfieldvalues")
                .put("_links", Wire.links("self", base + "/teamfieldvalues", "project",
                        url("/_apis/projects/" + p.id()), "team", url("/_apis/projects/" + p.id() + "/teams/"
                                + t.id()), "teamSettings", base, "areaPathClassificationNodes",
                        url("/" + p.id() + "/_apis/wit/classificationNodes/Areas")))
                .build();
    }

    static JsonArray ranges(List<TeamWork.Range> ranges) {
        return new JsonArray(ranges.stream().map(r -> (JsonValue) JsonObject.builder()
                .put("start", Wire.time(r.start())).put("end", Wire.time(r.end())).build()).toList());
    }

    JsonObject daysOff(Project p, Team t, Node n, List<TeamWork.Range> ranges) {
        String self = teamBase(p, t) + "/iterations/" + n.identifier() + "/teamdaysoff";
        return JsonObject.builder().put("daysOff", ranges(ranges)).put("url", self)
                .put("_links", Wire.links("self", self, "iteration", teamBase(p, t) + "/iterations/"
                        + n.identifier()))
                .build();
    }

    JsonObject capacity(Project p, Team t, Node n, UUID member, TeamWork.MemberCapacity c) {
        String self = teamBase(p, t) + "/iterations/" + n.identifier() + "/capacities/" + member;
        return JsonObject.builder()
                .put("teamMember", wire.identity(member))
                .put("activities", new JsonArray(c.activities().stream().map(a -> (JsonValue) JsonObject.builder()
                        .put("capacityPerDay", JsonNumber.of(a.capacityPerDay())).put("name", a.name()).build())
                        .toList()))
                .put("daysOff", ranges(c.daysOff()))
                .put("url", self)
                .put("_links", Wire.links("self", self))
                .build();
    }

    // ---- boards

    String boardUrl(Project p, Team t, TeamWork.BoardDef b) {
        return url("/" + p.id() + "/" + t.id() + "/_apis/work/boards/" + b.id());
    }

    JsonObject boardRef(Project p, Team t, TeamWork.BoardDef b) {
        return JsonObject.builder().put("id", b.id().toString()).put("name", b.name())
                .put("url", boardUrl(p, t, b)).build();
    }

    static JsonObject column(TeamWork.ColumnDef c) {
        var mappings = JsonObject.builder();
        c.stateMappings().forEach(mappings::put);
        return JsonObject.builder().put("id", c.id().toString()).put("name", c.name())
                .put("itemLimit", c.itemLimit()).put("stateMappings", mappings.build())
                .put("columnType", c.columnType()).put("isSplit", c.isSplit())
                .put("description", c.description()).build();
    }

    static JsonObject row(TeamWork.RowDef r) {
        return JsonObject.builder().put("id", r.id().toString())
                .put("name", r.name() == null ? JsonNull.INSTANCE : new JsonString(r.name()))
                .put("color", r.color() == null ? JsonNull.INSTANCE : new JsonString(r.color())).build();
    }

    JsonObject board(Project p, Team t, TeamWork.BoardDef b) {
        String self = boardUrl(p, t, b);
        return JsonObject.builder()
                .put("id", b.id().toString())
                .put("name", b.name())
                .put("revision", b.revision())
                .put("isValid", true)
                .put("canEdit", true)
                .put("columns", new JsonArray(b.columns().stream().map(c -> (JsonValue) column(c)).toList()))
                .put("rows", new JsonArray(b.rows().stream().map(r -> (JsonValue) row(r)).toList()))
                .put("fields", JsonObject.builder()
                        .put("columnField", JsonObject.builder().put("referenceName", "System.BoardColumn").build())
                        .put("rowField", JsonObject.builder().put("referenceName", "System.BoardLane").build())
                        .put("doneField", JsonObject.builder().put("referenceName", "System.BoardColumnDone")
                                .build()).build())
                .put("url", self)
                .put("_links", Wire.links("self", self, "project", url("/_apis/projects/" + p.id()),
                        "team", url("/_apis/projects/" + p.id() + "/teams/" + t.id()),
                        "columns", self + "/columns", "rows", self + "/rows", "cardSettings",
                        self + "/cardsettings"))
                .build();
    }

    // ---- processes

    String processUrl(Process p) {
        return url("/_apis/work/processes/" + p.id());
    }

    JsonObject process(Process p, boolean withProjects) {
        var b = JsonObject.builder()
                .put("typeId", p.id().toString())
                .put("name", p.name())
                .put("referenceName", p.referenceName())
                .put("description", p.description())
                .put("parentProcessTypeId", (p.parent() == null ? new UUID(0, 0) : p.parent()).toString())
                .put("isEnabled", p.enabled())
                .put("isDefault", p.isDefault())
                .put("customizationType", p.customizationType());
        if (withProjects) {
            b.put("projects", new JsonArray(work.processes().projects(p, work.org().projects()).stream()
                    .map(pr -> (JsonValue) JsonObject.builder().put("id", pr.id().toString())
                            .put("name", pr.name()).put("description", pr.description() == null ? ""
                                    : pr.description()).put("url", url("/_apis/projects/" + pr.id())).build())
                    .toList()));
        }
        return b.build();
    }

    String processTypeUrl(Process p, WitDef t) {
        return processUrl(p) + "/workItemTypes/" + t.referenceName();
    }

    JsonObject processType(Process p, WitDef t, boolean expandStates) {
        var b = JsonObject.builder()
                .put("referenceName", t.referenceName())
                .put("name", t.name())
                .put("description", t.description())
                .put("url", processTypeUrl(p, t))
                .put("customization", t.customization())
                .put("color", t.color())
                .put("icon", t.icon())
                .put("isDisabled", t.disabled())
                .put("inherits", t.inherits() == null ? JsonNull.INSTANCE : new JsonString(t.inherits()));
        if (expandStates) {
            b.put("states", new JsonArray(t.states().stream().map(s -> (JsonValue) processState(p, t, s)).toList()));
        }
        return b.build();
    }

    JsonObject processState(Process p, WitDef t, StateDef s) {
        var b = JsonObject.builder()
                .put("id", s.id().toString())
                .put("name", s.name())
                .put("color", s.color())
                .put("stateCategory", s.category())
                .put("order", s.order())
                .put("url", processTypeUrl(p, t) + "/states/" + s.id())
                .put("customizationType", s.customization());
        if (s.hidden()) {
            b.put("hidden", true);
        }
        return b.build();
    }

    JsonObject processField(Process p, WitDef t, FieldUse use) {
        FieldDef f = work.processes().field(use.referenceName()).orElseThrow();
        return JsonObject.builder()
                .put("referenceName", f.referenceName())
                .put("name", f.name())
                .put("type", f.type())
                .put("description", f.description())
                .put("url", processTypeUrl(p, t) + "/fields/" + f.referenceName())
                .put("customization", use.customization())
                .put("required", use.required() || t.requiredFields().contains(f.referenceName()))
                .put("readOnly", use.readOnly() || f.readOnly())
                .put("defaultValue", use.defaultValue() == null ? JsonNull.INSTANCE : use.defaultValue())
                .put("allowedValues", strings(use.allowedValues()))
                .build();
    }

    JsonObject rule(Process p, WitDef t, RuleDef r) {
        return JsonObject.builder()
                .put("id", r.id().toString())
                .put("name", r.name())
                .put("conditions", new JsonArray(List.copyOf(r.conditions())))
                .put("actions", new JsonArray(List.copyOf(r.actions())))
                .put("isDisabled", r.disabled())
                .put("customizationType", r.customization())
                .put("url", processTypeUrl(p, t) + "/rules/" + r.id())
                .build();
    }

    JsonObject behavior(Process p, BehaviorDef b) {
        var o = JsonObject.builder()
                .put("referenceName", b.referenceName())
                .put("name", b.name())
                .put("description", b.description())
                .put("color", b.color())
                .put("rank", b.rank())
                .put("customization", b.customization());
        Optional.ofNullable(b.inherits()).ifPresent(i -> o.put("inherits", JsonObject.builder()
                .put("behaviorRefName", i).put("url", processUrl(p) + "/behaviors/" + i).build()));
        return o.put("url", processUrl(p) + "/behaviors/" + b.referenceName()).build();
    }

    static JsonArray strings(List<String> values) {
        return new JsonArray(values.stream().map(v -> (JsonValue) new JsonString(v)).toList());
    }
}
