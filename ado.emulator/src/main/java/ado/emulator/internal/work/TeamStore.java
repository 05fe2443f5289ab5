package ado.emulator.internal.work;

import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.org.Project;
import ado.emulator.internal.org.Team;
import ado.emulator.internal.work.TeamWork.Area;
import ado.emulator.internal.work.TeamWork.BoardDef;
import ado.emulator.internal.work.TeamWork.ColumnDef;
import ado.emulator.internal.work.TeamWork.MemberCapacity;
import ado.emulator.internal.work.TeamWork.Range;
import ado.emulator.internal.work.TeamWork.RowDef;
import ado.emulator.internal.work.TeamWork.Template;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Each team's planning data ({@link TeamWork}), created on first use: the iteration root as backlog iteration, the
 * root's children as sprints, the area root (with children) as area, and a board per backlog level. Call under the
 * {@link WorkStore} lock.
 */
public final class TeamStore {

    /** The id of the default swimlane. */
    public static final UUID DEFAULT_LANE = new UUID(0, 0);

    private final ClassificationStore nodes;
    private final ProcessStore processes;
    private final Map<UUID, TeamWork> teams = new HashMap<>();

    TeamStore(ClassificationStore nodes, ProcessStore processes) {
        this.nodes = nodes;
        this.processes = processes;
        nodes.onReclassify((gone, target) -> teams.values().forEach(t -> t.reclassify(gone, target)));
    }

    /** {@return the planning data of {@code team}} */
    public TeamWork work(Project project, Team team) {
        return teams.computeIfAbsent(team.id(), id -> {
            var w = new TeamWork(id);
            Node iterationRoot = nodes.root(project, "iteration");
            w.backlogIteration = iterationRoot;
            w.iterations.addAll(iterationRoot.children);
            Node areaRoot = nodes.root(project, "area");
            w.defaultArea = areaRoot;
            w.areas.add(new Area(areaRoot, true));
            return w;
        });
    }

    // ---- settings

    /** Changes the settings; iteration GUIDs must name iteration nodes of the project. Nothing changes on error. */
    public TeamWork updateSettings(Project project, Team team, String bugsBehavior, List<DayOfWeek> workingDays,
                                   UUID defaultIteration, String macro, UUID backlogIteration,
                                   Map<String, Boolean> visibilities) {
        TeamWork w = work(project, team);
        String bugs = null;
        if (bugsBehavior != null) {
            bugs = List.of("off", "asRequirements", "asTasks").stream().filter(b -> b.equalsIgnoreCase(bugsBehavior))
                    .findFirst().orElseThrow(() -> WorkErrors.invalidTeamSetting("The value '" + bugsBehavior
                            + "' is not valid for bugsBehavior: use off, asRequirements or asTasks."));
        }
        Node def = defaultIteration == null ? null : iteration(project, defaultIteration);
        Node backlog = backlogIteration == null ? null : iteration(project, backlogIteration);
        if (macro != null && !macro.equalsIgnoreCase("@currentIteration")) {
            throw WorkErrors.invalidTeamSetting("The default iteration macro '" + macro + "' is not valid: use "
                    + "@CurrentIteration.");
        }
        if (visibilities != null) {
            for (String c : visibilities.keySet()) {
                if (!w.backlogVisibilities.containsKey(c)) {
                    throw WorkErrors.invalidTeamSetting("The backlog category '" + c + "' does not exist.");
                }
            }
        }
        if (bugs != null) {
            w.bugsBehavior = bugs;
        }
        if (workingDays != null) {
            w.workingDays = List.copyOf(workingDays);
        }
        if (def != null) {
            w.defaultIteration = def;
            w.defaultIterationMacro = null;
        }
        if (macro != null) {
            w.defaultIterationMacro = "@currentIteration";
            w.defaultIteration = null;
        }
        if (backlog != null) {
            w.backlogIteration = backlog;
        }
        if (visibilities != null) {
            w.backlogVisibilities.putAll(visibilities);
        }
        return w;
    }

    private Node iteration(Project project, UUID id) {
        return nodes.byIdentifier(project, "iteration", id).orElseThrow(() -> WorkErrors.iterationNotFound(id));
    }

    // ---- sprints

    /** {@return sprint {@code id} of the team; 404 when the team has not selected it} */
    public Node teamIteration(Project project, Team team, UUID id) {
        return work(project, team).iterations.stream().filter(n -> n.identifier.equals(id)).findFirst()
                .orElseThrow(() -> WorkErrors.teamIterationNotFound(id));
    }

    /** {@return iteration node {@code id}, now a sprint of the team; 404 when there is no such iteration node} */
    public Node addIteration(Project project, Team team, UUID id) {
        TeamWork w = work(project, team);
        Node n = iteration(project, id);
        if (n.parent == null || !w.backlogIteration.contains(n) || n == w.backlogIteration) {
            throw WorkErrors.invalidTeamSetting("The iteration '" + n.fieldPath() + "' is not below the team's "
                    + "backlog iteration '" + w.backlogIteration.fieldPath() + "'.");
        }
        if (!w.iterations.contains(n)) {
            w.iterations.add(n);
        }
        return n;
    }

    /** Removes sprint {@code id} from the team; 404 when the team has not selected it. */
    public void removeIteration(Project project, Team team, UUID id) {
        Node n = teamIteration(project, team, id);
        TeamWork w = work(project, team);
        w.iterations.remove(n);
        w.daysOff.remove(n);
        w.capacity.remove(n);
    }

    /** {@return the sprint running today, if any} */
    public Optional<Node> current(Project project, Team team) {
        return work(project, team).iterations().stream().filter(n -> nodes.timeFrame(n).equals("current"))
                .findFirst();
    }

    /** {@return {@code past}, {@code current} or {@code future}} */
    public String timeFrame(Node n) {
        return nodes.timeFrame(n);
    }

    /** Replaces the team's days off in sprint {@code id}. */
    public List<Range> setDaysOff(Project project, Team team, UUID id, List<Range> ranges) {
        Node n = teamIteration(project, team, id);
        checkRanges(ranges);
        work(project, team).daysOff.put(n, List.copyOf(ranges));
        return ranges;
    }

    /** Sets member {@code member}'s capacity in sprint {@code id}; the member must belong to the team. */
    public MemberCapacity setCapacity(Project project, Team team, UUID id, UUID member, MemberCapacity capacity) {
        Node n = teamIteration(project, team, id);
        if (!team.members().contains(member)) {
            throw WorkErrors.invalidTeamSetting("The identity " + member + " is not a member of the team '"
                    + team.name() + "'.");
        }
        checkRanges(capacity.daysOff());
        for (var a : capacity.activities()) {
            if (a.capacityPerDay() < 0 || a.capacityPerDay() > 24) {
                throw WorkErrors.invalidTeamSetting("The capacity per day must be between 0 and 24: "
                        + a.capacityPerDay());
            }
        }
        work(project, team).capacity.computeIfAbsent(n, k -> new LinkedHashMap<>()).put(member, capacity);
        return capacity;
    }

    private static void checkRanges(List<Range> ranges) {
        for (Range r : ranges) {
            if (r.end().isBefore(r.start())) {
                throw WorkErrors.invalidTeamSetting("The end of a days-off range must not be before its start: "
                        + r.start() + " > " + r.end());
            }
        }
    }

    // ---- areas

    /** Replaces the team's areas; every path must be an area of the project and the default among them. */
    public TeamWork setAreas(Project project, Team team, String defaultPath, List<String> paths,
                             List<Boolean> includeChildren) {
        TeamWork w = work(project, team);
        if (paths.isEmpty()) {
            throw WorkErrors.invalidTeamField("A team needs at least one area path.");
        }
        List<Area> areas = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            String p = paths.get(i);
            Node n = nodes.byFieldPath(project, "area", p).orElseThrow(() -> WorkErrors.invalidTeamField(
                    "The area path '" + p + "' does not exist in project '" + project.name() + "'."));
            if (areas.stream().noneMatch(a -> a.node() == n)) {
                areas.add(new Area(n, includeChildren.get(i)));
            }
        }
        Node def = nodes.byFieldPath(project, "area", defaultPath).orElseThrow(() -> WorkErrors.invalidTeamField(
                "The default area path '" + defaultPath + "' does not exist in project '" + project.name() + "'."));
        if (areas.stream().noneMatch(a -> a.node() == def || a.includeChildren() && a.node().contains(def))) {
            throw WorkErrors.invalidTeamField("The default area path '" + defaultPath + "' must be one of the "
                    + "team's area paths.");
        }
        w.areas.clear();
        w.areas.addAll(areas);
        w.defaultArea = def;
        return w;
    }

    // ---- boards

    /** {@return the team's boards, one per visible backlog level above tasks} */
    public List<BoardDef> boards(Project project, Team team) {
        TeamWork w = work(project, team);
        Process p = processes.of(project);
        for (BehaviorDef b : p.behaviors()) {
            String category = category(b);
            if (category != null && !w.boards.containsKey(b.name) && !types(p, w, category).isEmpty()) {
                w.boards.put(b.name, newBoard(project, team, p, w, b.name, category));
            }
        }
        w.boards.values().forEach(board -> sync(board, types(p, w, board.category)));
        return w.boards();
    }

    /** {@return board {@code idOrName}; 404 when none} */
    public BoardDef board(Project project, Team team, String idOrName) {
        return boards(project, team).stream().filter(b -> b.id.toString().equalsIgnoreCase(idOrName)
                || b.name.equalsIgnoreCase(idOrName)).findFirst()
                .orElseThrow(() -> WorkErrors.boardNotFound(idOrName));
    }

    private static String category(BehaviorDef b) {
        return switch (b.referenceName) {
            case "Microsoft.VSTS.Common.EpicBacklogBehavior" -> SystemProcesses.EPIC;
            case "Microsoft.VSTS.Common.FeatureBacklogBehavior" -> SystemProcesses.FEATURE;
            case "System.RequirementBacklogBehavior" -> SystemProcesses.REQUIREMENT;
            default -> null;
        };
    }

    /** {@return the types on a board of {@code category}: with bugs on the requirement board unless off/asTasks} */
    List<WitDef> types(Process p, TeamWork w, String category) {
        List<WitDef> out = new ArrayList<>();
        p.types.values().stream().filter(t -> category.equals(t.category) && !t.disabled).forEach(out::add);
        if (category.equals(SystemProcesses.REQUIREMENT) && w.bugsBehavior.equals("asRequirements")) {
            p.types.values().stream().filter(t -> SystemProcesses.BUG.equals(t.category) && !t.disabled)
                    .forEach(out::add);
        }
        return out;
    }

    private BoardDef newBoard(Project project, Team team, Process p, TeamWork w, String name, String category) {
        List<WitDef> types = types(p, w, category);
        List<StateDef> lead = types.get(0).states().stream().filter(s -> !s.category.equals("Removed")).toList();
        List<ColumnDef> columns = new ArrayList<>();
        for (int i = 0; i < lead.size(); i++) {
            StateDef s = lead.get(i);
            Map<String, String> mappings = new LinkedHashMap<>();
            for (WitDef t : types) {
                mappings.put(t.name, matching(t, s));
            }
            String type = i == 0 ? "incoming" : i == lead.size() - 1 ? "outgoing" : "inProgress";
            columns.add(new ColumnDef(id(team.id() + "/" + name + "/column/" + s.name), s.name,
                    type.equals("inProgress") ? 5 : 0, mappings, type, false, ""));
        }
        var cards = new LinkedHashMap<String, JsonValue>();
        for (WitDef t : types) {
            cards.put(t.name, JsonArray.of(
                    JsonObject.builder().put("fieldIdentifier", "System.Id").build(),
                    JsonObject.builder().put("fieldIdentifier", "System.Title").build(),
                    JsonObject.builder().put("fieldIdentifier", "System.AssignedTo")
                            .put("displayFormat", "AvatarAndFullName").build()));
        }
        return new BoardDef(id(team.id() + "/board/" + name), name, category, columns,
                List.of(new RowDef(DEFAULT_LANE, null, null)),
                JsonObject.builder().put("cards", new JsonObject(cards)).build());
    }

    /**
     * Keeps the columns in step with the types on the board (bugs come and go with the bugs behaviour, types are
     * enabled and disabled): a new type is mapped like the board's first type, a type that left is unmapped.
     */
    private static void sync(BoardDef b, List<WitDef> types) {
        if (types.isEmpty() || b.columns.isEmpty()) {
            return;
        }
        WitDef lead = types.get(0);
        List<ColumnDef> columns = new ArrayList<>();
        boolean changed = false;
        for (ColumnDef c : b.columns) {
            Map<String, String> mappings = new LinkedHashMap<>();
            for (WitDef t : types) {
                String state = c.stateMappings().get(t.name);
                if (state == null) {
                    StateDef leadState = lead.state(c.stateMappings().getOrDefault(lead.name, lead.initialState()))
                            .orElse(lead.states().get(0));
                    state = matching(t, leadState);
                }
                mappings.put(t.name, state);
            }
            changed |= !mappings.equals(c.stateMappings());
            columns.add(new ColumnDef(c.id(), c.name(), c.itemLimit(), mappings, c.columnType(), c.isSplit(),
                    c.description()));
        }
        if (changed) {
            b.columns = List.copyOf(columns);
        }
    }

    private static String matching(WitDef t, StateDef lead) {
        return t.state(lead.name).filter(s -> !s.hidden).map(s -> s.name)
                .or(() -> t.states().stream().filter(s -> s.category.equals(lead.category)).map(s -> s.name)
                        .findFirst())
                .orElse(t.initialState());
    }

    /**
     * {@return the board's columns replaced, checked as ADO checks them: at least two; the first incoming, the last
     * outgoing, the others in progress; names unique and not blank; every type on the board mapped in every column
     * to one of its states, the incoming column to a proposed state and the outgoing one to a completed state}
     */
    public BoardDef setColumns(Project project, Team team, String board, List<ColumnDef> columns) {
        BoardDef b = board(project, team, board);
        TeamWork w = work(project, team);
        List<WitDef> types = types(processes.of(project), w, b.category);
        if (columns.size() < 2) {
            throw WorkErrors.invalidColumns("a board needs at least an incoming and an outgoing column.");
        }
        Set<String> names = new HashSet<>();
        List<ColumnDef> result = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            ColumnDef c = columns.get(i);
            String expected = i == 0 ? "incoming" : i == columns.size() - 1 ? "outgoing" : "inProgress";
            if (c.name() == null || c.name().isBlank()) {
                throw WorkErrors.invalidColumns("column " + (i + 1) + " has no name.");
            }
            if (!names.add(c.name().strip().toLowerCase(Locale.ROOT))) {
                throw WorkErrors.invalidColumns("the column name '" + c.name() + "' is used twice.");
            }
            if (!expected.equalsIgnoreCase(c.columnType())) {
                throw WorkErrors.invalidColumns("column '" + c.name() + "' must be of type " + expected
                        + (i == 0 ? " (the first column is the incoming column)"
                        : i == columns.size() - 1 ? " (the last column is the outgoing column)" : "") + ".");
            }
            if (c.itemLimit() < 0) {
                throw WorkErrors.invalidColumns("the item limit of column '" + c.name() + "' is negative.");
            }
            for (WitDef t : types) {
                String state = c.stateMappings().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(t.name))
                        .map(Map.Entry::getValue).findFirst().orElseThrow(() -> WorkErrors.invalidColumns(
                                "column '" + c.name() + "' has no state mapping for work item type '" + t.name
                                        + "'."));
                StateDef s = t.state(state).filter(x -> !x.hidden).orElseThrow(() -> WorkErrors.invalidColumns(
                        "the state '" + state + "' of column '" + c.name() + "' is not a state of '" + t.name
                                + "'."));
                if (expected.equals("incoming") && !s.category.equals("Proposed")
                        || expected.equals("outgoing") && !s.category.equals("Completed")) {
                    throw WorkErrors.invalidColumns("the " + expected + " column '" + c.name() + "' must map '"
                            + t.name + "' to a " + (expected.equals("incoming") ? "proposed" : "completed")
                            + " state, not '" + s.name + "'.");
                }
            }
            UUID id = c.id() != null && b.columns.stream().anyMatch(o -> o.id().equals(c.id())) ? c.id()
                    : id(team.id() + "/" + b.name + "/column/" + c.name().strip().toLowerCase(Locale.ROOT));
            result.add(new ColumnDef(id, c.name().strip(), c.itemLimit(), c.stateMappings(), expected,
                    !expected.equals("inProgress") ? false : c.isSplit(), c.description() == null ? ""
                    : c.description()));
        }
        b.columns = List.copyOf(result);
        b.revision++;
        return b;
    }

    /** {@return the board's swimlanes replaced: exactly one default lane (no name), other names unique} */
    public BoardDef setRows(Project project, Team team, String board, List<RowDef> rows) {
        BoardDef b = board(project, team, board);
        Set<String> names = new HashSet<>();
        int defaults = 0;
        List<RowDef> result = new ArrayList<>();
        for (RowDef r : rows) {
            if (r.name() == null || r.name().isBlank()) {
                defaults++;
                result.add(new RowDef(DEFAULT_LANE, null, r.color()));
                continue;
            }
            if (!names.add(r.name().strip().toLowerCase(Locale.ROOT))) {
                throw WorkErrors.invalidRows("the row name '" + r.name() + "' is used twice.");
            }
            result.add(new RowDef(r.id() != null && !r.id().equals(DEFAULT_LANE) ? r.id()
                    : id(team.id() + "/" + b.name + "/row/" + r.name().strip().toLowerCase(Locale.ROOT)),
                    r.name().strip(), r.color()));
        }
        if (defaults != 1) {
            throw WorkErrors.invalidRows("a board has exactly one default lane (a row without a name), not "
                    + defaults + ".");
        }
        b.rows = List.copyOf(result);
        b.revision++;
        return b;
    }

    /** {@return the card settings replaced: every card type must be on the board, every field must exist} */
    public BoardDef setCards(Project project, Team team, String board, JsonObject cards) {
        BoardDef b = board(project, team, board);
        List<WitDef> types = types(processes.of(project), work(project, team), b.category);
        for (var e : cards.members().entrySet()) {
            if (types.stream().noneMatch(t -> t.name.equalsIgnoreCase(e.getKey()))) {
                throw WorkErrors.invalidCardSettings("Card type '" + e.getKey() + "' does not exist on this board.");
            }
            if (!(e.getValue() instanceof JsonArray fields)) {
                throw WorkErrors.invalidCardSettings("The settings of card type '" + e.getKey()
                        + "' must be a list.");
            }
            for (JsonValue f : fields.values()) {
                String id = f instanceof JsonObject o ? o.string("fieldIdentifier").orElse("") : "";
                if (processes.field(id).isEmpty()) {
                    throw WorkErrors.invalidCardSettings("Field '" + id + "' does not exist.");
                }
            }
        }
        b.cards = JsonObject.builder().put("cards", cards).build();
        b.revision++;
        return b;
    }

    // ---- templates

    /** {@return template {@code id}; 404 when none} */
    public Template template(Project project, Team team, UUID id) {
        Template t = work(project, team).templates.get(id);
        if (t == null) {
            throw WorkErrors.partNotFound("template", id);
        }
        return t;
    }

    /** {@return the template stored under {@code id} (new when null), after checking its type and fields} */
    public Template putTemplate(Project project, Team team, UUID id, String name, String description, String type,
                                Map<String, String> fields) {
        TeamWork w = work(project, team);
        if (id != null) {
            template(project, team, id);
        }
        if (name == null || name.isBlank()) {
            throw WorkErrors.invalidProcessOperation("The template name must not be empty.");
        }
        WitDef t = processes.of(project).type(type == null ? "" : type)
                .orElseThrow(() -> WorkErrors.typeNotFound(type));
        for (String f : fields.keySet()) {
            if (processes.field(f).isEmpty()) {
                throw WorkErrors.fieldNotFound(f);
            }
        }
        UUID key = id != null ? id : UUID.randomUUID();
        var template = new Template(key, name.strip(), description == null ? "" : description, t.name, fields);
        w.templates.put(key, template);
        return template;
    }

    /** Deletes template {@code id}. */
    public void deleteTemplate(Project project, Team team, UUID id) {
        template(project, team, id);
        work(project, team).templates.remove(id);
    }

    private static UUID id(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }
}
