package ado.emulator.internal.work;

import ado.core.json.JsonArray;
import ado.core.json.JsonBoolean;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.org.Project;
import ado.emulator.internal.org.Team;
import ado.emulator.internal.wire.Bodies;
import ado.emulator.internal.wire.Wire;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Team settings, sprints ({@code $timeframe=current}), days off, capacity, area paths (team field values) and
 * boards with their columns, rows and card settings, under {@code {project}/{team}/_apis/work} and, for the default
 * team, {@code {project}/_apis/work}.
 */
final class TeamSettingsRoutes {

    private static final String SETTINGS = "_apis/work/teamsettings";
    private static final String ITERATION = SETTINGS + "/iterations/{iterationId}";
    private static final String BOARD = "_apis/work/boards/{board}";

    private final WorkStore work;

    TeamSettingsRoutes(WorkStore work) {
        this.work = work;
    }

    void register(WorkRoutes.Locked r) {
        for (String scope : List.of("{project}/{team}/", "{project}/")) {
            r.add("GET", scope + SETTINGS, c -> with(c, (p, t, out) -> out.settings(p, t, work.teams().work(p, t))));
            r.add("PATCH", scope + SETTINGS, this::patchSettings);
            r.add("GET", scope + SETTINGS + "/iterations", this::iterations);
            r.add("POST", scope + SETTINGS + "/iterations", this::addIteration);
            r.add("GET", scope + ITERATION, c -> with(c, (p, t, out) -> out.teamIteration(p, t,
                    work.teams().teamIteration(p, t, iterationId(c)), true)));
            r.add("DELETE", scope + ITERATION, c -> {
                Project p = WorkRoutes.project(c, work);
                work.teams().removeIteration(p, WorkRoutes.team(c, work, p), iterationId(c));
                return Reply.noContent();
            });
            r.add("GET", scope + ITERATION + "/teamdaysoff", c -> with(c, (p, t, out) -> {
                Node n = work.teams().teamIteration(p, t, iterationId(c));
                return out.daysOff(p, t, n, work.teams().work(p, t).daysOff(n));
            }));
            r.add("PATCH", scope + ITERATION + "/teamdaysoff", c -> with(c, (p, t, out) -> {
                JsonObject body = Bodies.object(c.json(), "body");
                List<TeamWork.Range> ranges = ranges(body, "daysOff");
                work.teams().setDaysOff(p, t, iterationId(c), ranges);
                return out.daysOff(p, t, work.teams().teamIteration(p, t, iterationId(c)), ranges);
            }));
            r.add("GET", scope + ITERATION + "/workitems", c -> with(c, (p, t, out) -> {
                Node n = work.teams().teamIteration(p, t, iterationId(c));
                String self = out.teamBase(p, t) + "/iterations/" + n.identifier();
                List<JsonValue> relations = new ArrayList<>();
                for (int[] pair : work.sprintItems(p, n)) {
                    relations.add(JsonObject.builder()
                            .put("rel", pair[0] == 0 ? ado.core.json.JsonNull.INSTANCE
                                    : new JsonString("System.LinkTypes.Hierarchy-Forward"))
                            .put("source", pair[0] == 0 ? ado.core.json.JsonNull.INSTANCE : itemRef(out, pair[0]))
                            .put("target", itemRef(out, pair[1])).build());
                }
                return JsonObject.builder().put("workItemRelations", new JsonArray(relations))
                        .put("url", self + "/workitems")
                        .put("_links", Wire.links("self", self + "/workitems", "iteration", self)).build();
            }));
            r.add("GET", scope + ITERATION + "/capacities", this::capacities);
            r.add("GET", scope + ITERATION + "/capacities/{memberId}", c -> with(c, (p, t, out) -> {
                Node n = work.teams().teamIteration(p, t, iterationId(c));
                UUID member = WorkRoutes.uuid(c.var("memberId"), "teamMemberId");
                if (!t.members().contains(member)) {
                    throw AdoError.identityNotFound(member.toString());
                }
                return out.capacity(p, t, n, member, capacityOf(work.teams().work(p, t), n, member));
            }));
            r.add("PATCH", scope + ITERATION + "/capacities/{memberId}", this::patchCapacity);
            r.add("GET", scope + SETTINGS + "/teamfieldvalues",
                    c -> with(c, (p, t, out) -> out.fieldValues(p, t, work.teams().work(p, t))));
            r.add("PATCH", scope + SETTINGS + "/teamfieldvalues", this::patchFieldValues);
            r.add("GET", scope + "_apis/work/boards", c -> with(c, (p, t, out) -> Wire.envelope(
                    work.teams().boards(p, t).stream().map(b -> (JsonValue) out.boardRef(p, t, b)).toList())));
            r.add("GET", scope + BOARD, c -> with(c, (p, t, out) -> out.board(p, t,
                    work.teams().board(p, t, c.var("board")))));
            r.add("GET", scope + BOARD + "/columns", c -> with(c, (p, t, out) -> columns(
                    work.teams().board(p, t, c.var("board")))));
            r.add("PUT", scope + BOARD + "/columns", this::putColumns);
            r.add("GET", scope + BOARD + "/rows", c -> with(c, (p, t, out) -> rows(
                    work.teams().board(p, t, c.var("board")))));
            r.add("PUT", scope + BOARD + "/rows", this::putRows);
            r.add("GET", scope + BOARD + "/cardsettings", c -> with(c, (p, t, out) ->
                    work.teams().board(p, t, c.var("board")).cards()));
            r.add("PUT", scope + BOARD + "/cardsettings", c -> with(c, (p, t, out) -> {
                JsonObject body = Bodies.object(c.json(), "body");
                JsonObject cards = Bodies.optionalObject(body, "cards").orElseThrow(() ->
                        AdoError.missingArgument("cards"));
                return work.teams().setCards(p, t, c.var("board"), cards).cards();
            }));
        }
    }

    /** Builds a reply from the project, team and wire writer of the call. */
    @FunctionalInterface
    private interface TeamReply {
        JsonValue reply(Project p, Team t, WorkWire out);
    }

    private Reply with(Call c, TeamReply f) {
        Project p = WorkRoutes.project(c, work);
        return Reply.json(f.reply(p, WorkRoutes.team(c, work, p), WorkWire.of(c, work)));
    }

    private static JsonObject itemRef(WorkWire out, int id) {
        return JsonObject.builder().put("id", id).put("url", out.url("/_apis/wit/workItems/" + id)).build();
    }

    private static UUID iterationId(Call c) {
        return WorkRoutes.uuid(c.var("iterationId"), "iterationId");
    }

    private Reply patchSettings(Call c) {
        return with(c, (p, t, out) -> {
            JsonObject body = Bodies.object(c.json(), "body");
            List<DayOfWeek> days = null;
            if (body.get("workingDays") != null) {
                days = new ArrayList<>();
                for (JsonValue v : Bodies.array(body, "workingDays")) {
                    String d = v instanceof JsonString s ? s.value() : v.toJson();
                    try {
                        days.add(DayOfWeek.valueOf(d.strip().toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        throw AdoError.badRequest("The value '" + d + "' is not a valid day of the week.");
                    }
                }
            }
            Map<String, Boolean> visibilities = null;
            if (body.get("backlogVisibilities") instanceof JsonObject o) {
                visibilities = new LinkedHashMap<>();
                for (var e : o.members().entrySet()) {
                    visibilities.put(e.getKey(), e.getValue() instanceof JsonBoolean b ? b.value()
                            : Boolean.parseBoolean(e.getValue().toJson().replace("\"", "")));
                }
            }
            TeamWork w = work.teams().updateSettings(p, t,
                    Bodies.optionalString(body, "bugsBehavior").orElse(null), days,
                    iterationRef(body, "defaultIteration"),
                    Bodies.optionalString(body, "defaultIterationMacro").orElse(null),
                    iterationRef(body, "backlogIteration"), visibilities);
            return out.settings(p, t, w);
        });
    }

    /** {@return an iteration given as a GUID string or as {@code {"id": guid}}, or null when absent} */
    private static UUID iterationRef(JsonObject body, String name) {
        JsonValue v = body.get(name);
        if (v instanceof JsonString s) {
            return WorkRoutes.uuid(s.value(), name);
        }
        if (v instanceof JsonObject o) {
            return WorkRoutes.uuid(Bodies.string(o, "id"), name);
        }
        return null;
    }

    private Reply iterations(Call c) {
        return with(c, (p, t, out) -> {
            String timeframe = c.query("$timeframe").orElse(null);
            if (timeframe != null && !timeframe.equalsIgnoreCase("current")) {
                throw AdoError.badRequest("The value '" + timeframe + "' of $timeframe is not supported: only "
                        + "'current' is.");
            }
            List<Node> nodes = timeframe == null ? work.teams().work(p, t).iterations()
                    : work.teams().current(p, t).map(List::of).orElse(List.of());
            return Wire.envelope(nodes.stream().map(n -> (JsonValue) out.teamIteration(p, t, n, false)).toList());
        });
    }

    private Reply addIteration(Call c) {
        Project p = WorkRoutes.project(c, work);
        Team t = WorkRoutes.team(c, work, p);
        JsonObject body = Bodies.object(c.json(), "body");
        Node n = work.teams().addIteration(p, t, WorkRoutes.uuid(Bodies.string(body, "id"), "id"));
        return Reply.json(201, WorkWire.of(c, work).teamIteration(p, t, n, true));
    }

    private static TeamWork.MemberCapacity capacityOf(TeamWork w, Node n, UUID member) {
        return w.capacity(n).getOrDefault(member, new TeamWork.MemberCapacity(
                List.of(new TeamWork.ActivityCapacity("", 0)), List.of()));
    }

    private Reply capacities(Call c) {
        return with(c, (p, t, out) -> {
            Node n = work.teams().teamIteration(p, t, iterationId(c));
            TeamWork w = work.teams().work(p, t);
            List<JsonValue> members = new ArrayList<>();
            double perDay = 0;
            int daysOff = 0;
            for (UUID m : t.members()) {
                TeamWork.MemberCapacity cap = capacityOf(w, n, m);
                members.add(out.capacity(p, t, n, m, cap));
                perDay += cap.activities().stream().mapToDouble(TeamWork.ActivityCapacity::capacityPerDay).sum();
                daysOff += cap.daysOff().stream().mapToLong(r -> java.time.Duration.between(r.start(), r.end())
                        .toDays() + 1).sum();
            }
            return JsonObject.builder().put("teamMembers", new JsonArray(members))
                    .put("totalCapacityPerDay", ado.core.json.JsonNumber.of(perDay))
                    .put("totalDaysOff", daysOff).build();
        });
    }

    private Reply patchCapacity(Call c) {
        return with(c, (p, t, out) -> {
            JsonObject body = Bodies.object(c.json(), "body");
            UUID member = WorkRoutes.uuid(c.var("memberId"), "teamMemberId");
            Node n = work.teams().teamIteration(p, t, iterationId(c));
            TeamWork.MemberCapacity old = capacityOf(work.teams().work(p, t), n, member);
            List<TeamWork.ActivityCapacity> activities = old.activities();
            if (body.get("activities") != null) {
                activities = new ArrayList<>();
                for (JsonValue v : Bodies.array(body, "activities")) {
                    JsonObject a = Bodies.object(v, "activities");
                    activities.add(new TeamWork.ActivityCapacity(Bodies.optionalString(a, "name").orElse(""),
                            WorkRoutes.number(a, "capacityPerDay").orElse(0.0)));
                }
            }
            List<TeamWork.Range> daysOff = body.get("daysOff") != null ? ranges(body, "daysOff") : old.daysOff();
            TeamWork.MemberCapacity cap = work.teams().setCapacity(p, t, iterationId(c), member,
                    new TeamWork.MemberCapacity(activities, daysOff));
            return out.capacity(p, t, n, member, cap);
        });
    }

    private static List<TeamWork.Range> ranges(JsonObject body, String name) {
        List<TeamWork.Range> out = new ArrayList<>();
        for (JsonValue v : Bodies.array(body, name)) {
            JsonObject r = Bodies.object(v, name);
            var start = WorkRoutes.date(r, "start");
            var end = WorkRoutes.date(r, "end");
            if (start == null || end == null) {
                throw AdoError.missingArgument(start == null ? "start" : "end");
            }
            out.add(new TeamWork.Range(start, end));
        }
        return out;
    }

    private Reply patchFieldValues(Call c) {
        return with(c, (p, t, out) -> {
            JsonObject body = Bodies.object(c.json(), "body");
            List<String> paths = new ArrayList<>();
            List<Boolean> children = new ArrayList<>();
            for (JsonValue v : Bodies.array(body, "values")) {
                JsonObject o = Bodies.object(v, "values");
                paths.add(Bodies.string(o, "value"));
                children.add(WorkRoutes.bool(o, "includeChildren").orElse(false));
            }
            return out.fieldValues(p, t, work.teams().setAreas(p, t, Bodies.string(body, "defaultValue"), paths,
                    children));
        });
    }

    private static JsonObject columns(TeamWork.BoardDef b) {
        return Wire.envelope(b.columns().stream().map(c -> (JsonValue) WorkWire.column(c)).toList());
    }

    private static JsonObject rows(TeamWork.BoardDef b) {
        return Wire.envelope(b.rows().stream().map(r -> (JsonValue) WorkWire.row(r)).toList());
    }

    private Reply putColumns(Call c) {
        return with(c, (p, t, out) -> {
            List<TeamWork.ColumnDef> columns = new ArrayList<>();
            for (JsonValue v : Bodies.array(c.json(), "body")) {
                JsonObject o = Bodies.object(v, "columns");
                Map<String, String> mappings = new LinkedHashMap<>();
                Bodies.optionalObject(o, "stateMappings").ifPresent(m -> m.members().forEach((k, s) ->
                        mappings.put(k, s instanceof JsonString str ? str.value() : s.toJson())));
                columns.add(new TeamWork.ColumnDef(Bodies.optionalString(o, "id").map(id -> WorkRoutes.uuid(id,
                        "id")).orElse(null), Bodies.optionalString(o, "name").orElse(null),
                        WorkRoutes.integer(o, "itemLimit").orElse(0), mappings,
                        Bodies.optionalString(o, "columnType").orElse(""),
                        WorkRoutes.bool(o, "isSplit").orElse(false),
                        Bodies.optionalString(o, "description").orElse("")));
            }
            return columns(work.teams().setColumns(p, t, c.var("board"), columns));
        });
    }

    private Reply putRows(Call c) {
        return with(c, (p, t, out) -> {
            List<TeamWork.RowDef> rows = new ArrayList<>();
            for (JsonValue v : Bodies.array(c.json(), "body")) {
                JsonObject o = Bodies.object(v, "rows");
                rows.add(new TeamWork.RowDef(Bodies.optionalString(o, "id").map(id -> WorkRoutes.uuid(id, "id"))
                        .orElse(null), Bodies.optionalString(o, "name").orElse(null),
                        Bodies.optionalString(o, "color").orElse(null)));
            }
            return rows(work.teams().setRows(p, t, c.var("board"), rows));
        });
    }

}
