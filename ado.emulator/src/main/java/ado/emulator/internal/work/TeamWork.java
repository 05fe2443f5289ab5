package ado.emulator.internal.work;

import ado.core.json.JsonObject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A team's planning data: settings, sprints, areas, days off, capacity, boards and templates. Nodes are held by
 * reference, so renames and moves show through; deletes reclassify them. Mutable under the store lock.
 */
public final class TeamWork {

    /** A range of days off, both ends included. */
    public record Range(Instant start, Instant end) {
    }

    /** A capacity entry: hours a day for an activity ({@code ""} for any). */
    public record ActivityCapacity(String name, double capacityPerDay) {
    }

    /** A member's capacity in one sprint. */
    public record MemberCapacity(List<ActivityCapacity> activities, List<Range> daysOff) {
        /** Copies the lists. */
        public MemberCapacity {
            activities = List.copyOf(activities);
            daysOff = List.copyOf(daysOff);
        }
    }

    /** An area of the team. */
    public record Area(Node node, boolean includeChildren) {
    }

    /** A work item template. */
    public record Template(UUID id, String name, String description, String type, Map<String, String> fields) {
        /** Copies the fields. */
        public Template {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    final UUID teamId;
    Node backlogIteration;
    Node defaultIteration;
    String defaultIterationMacro = "@currentIteration";
    String bugsBehavior = "asRequirements";
    List<DayOfWeek> workingDays = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    final Map<String, Boolean> backlogVisibilities = new LinkedHashMap<>();
    final List<Node> iterations = new ArrayList<>();
    Node defaultArea;
    final List<Area> areas = new ArrayList<>();
    final Map<Node, List<Range>> daysOff = new HashMap<>();
    final Map<Node, Map<UUID, MemberCapacity>> capacity = new HashMap<>();
    final Map<String, BoardDef> boards = new LinkedHashMap<>();
    final Map<UUID, Template> templates = new LinkedHashMap<>();

    TeamWork(UUID teamId) {
        this.teamId = teamId;
        backlogVisibilities.put("Microsoft.EpicCategory", false);
        backlogVisibilities.put("Microsoft.FeatureCategory", true);
        backlogVisibilities.put("Microsoft.RequirementCategory", true);
    }

    /** {@return the team id} */
    public UUID teamId() {
        return teamId;
    }

    /** {@return the backlog iteration (the iteration root unless changed)} */
    public Node backlogIteration() {
        return backlogIteration;
    }

    /** {@return the default iteration, or {@code null} when the macro decides} */
    public Node defaultIteration() {
        return defaultIteration;
    }

    /** {@return the default iteration macro, or {@code null}} */
    public String defaultIterationMacro() {
        return defaultIterationMacro;
    }

    /** {@return {@code off}, {@code asRequirements} or {@code asTasks}} */
    public String bugsBehavior() {
        return bugsBehavior;
    }

    /** {@return the working days} */
    public List<DayOfWeek> workingDays() {
        return workingDays;
    }

    /** {@return the backlog visibilities by category} */
    public Map<String, Boolean> backlogVisibilities() {
        return java.util.Collections.unmodifiableMap(backlogVisibilities);
    }

    /** {@return the team's sprints, in date order (unscheduled last)} */
    public List<Node> iterations() {
        var list = new ArrayList<>(iterations);
        list.sort(java.util.Comparator.comparing((Node n) -> n.start == null ? Instant.MAX : n.start));
        return list;
    }

    /** {@return the default area} */
    public Node defaultArea() {
        return defaultArea;
    }

    /** {@return the team's areas} */
    public List<Area> areas() {
        return List.copyOf(areas);
    }

    /** {@return the days off in sprint {@code iteration}} */
    public List<Range> daysOff(Node iteration) {
        return daysOff.getOrDefault(iteration, List.of());
    }

    /** {@return the capacity set in sprint {@code iteration}, by member id} */
    public Map<UUID, MemberCapacity> capacity(Node iteration) {
        return capacity.getOrDefault(iteration, Map.of());
    }

    /** {@return the boards, by name} */
    public List<BoardDef> boards() {
        return List.copyOf(boards.values());
    }

    /** {@return the templates} */
    public List<Template> templates() {
        return List.copyOf(templates.values());
    }

    /** Replaces every reference to one of {@code gone} with {@code target}. */
    void reclassify(List<Node> gone, Node target) {
        if (gone.contains(backlogIteration)) {
            backlogIteration = target;
        }
        if (gone.contains(defaultIteration)) {
            defaultIteration = target;
        }
        if (gone.contains(defaultArea)) {
            defaultArea = target;
        }
        if (iterations.removeIf(gone::contains) && target.kind.equals("iteration") && target.parent != null
                && !iterations.contains(target)) {
            iterations.add(target);
        }
        var newAreas = new ArrayList<Area>();
        for (Area a : areas) {
            Area replaced = gone.contains(a.node()) ? new Area(target, a.includeChildren()) : a;
            if (newAreas.stream().noneMatch(x -> x.node() == replaced.node())) {
                newAreas.add(replaced);
            }
        }
        areas.clear();
        areas.addAll(newAreas);
        gone.forEach(daysOff::remove);
        gone.forEach(capacity::remove);
    }

    /** A Kanban board of the team. */
    public static final class BoardDef {
        final UUID id;
        final String name;
        final String category;
        List<ColumnDef> columns;
        List<RowDef> rows;
        JsonObject cards;
        int revision;

        BoardDef(UUID id, String name, String category, List<ColumnDef> columns, List<RowDef> rows,
                 JsonObject cards) {
            this.id = id;
            this.name = name;
            this.category = category;
            this.columns = List.copyOf(columns);
            this.rows = List.copyOf(rows);
            this.cards = cards;
        }

        /** {@return the id} */
        public UUID id() {
            return id;
        }

        /** {@return the name, such as {@code Stories}} */
        public String name() {
            return name;
        }

        /** {@return the category of the backlog level} */
        public String category() {
            return category;
        }

        /** {@return the columns} */
        public List<ColumnDef> columns() {
            return columns;
        }

        /** {@return the swimlanes} */
        public List<RowDef> rows() {
            return rows;
        }

        /** {@return the card settings ({@code {"cards": {...}}})} */
        public JsonObject cards() {
            return cards;
        }

        /** {@return the revision} */
        public int revision() {
            return revision;
        }
    }

    /** A board column. */
    public record ColumnDef(UUID id, String name, int itemLimit, Map<String, String> stateMappings,
                            String columnType, boolean isSplit, String description) {
        /** Copies the mappings. */
        public ColumnDef {
            stateMappings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stateMappings));
        }
    }

    /** A swimlane; the default lane has the zero id and a {@code null} name. */
    public record RowDef(UUID id, String name, String color) {
    }
}
