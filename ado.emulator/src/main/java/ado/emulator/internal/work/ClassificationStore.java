package ado.emulator.internal.work;

import ado.emulator.internal.org.Project;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The area and iteration trees of each project, created on first use: the area root, and the iteration root with
 * Sprint 1, 2 and 3 of two weeks each, Sprint 2 running on the day (by the clock) the tree is created. Call under the
 * {@link WorkStore} lock.
 */
public final class ClassificationStore {

    private static final Pattern BAD_NAME = Pattern.compile(".*[\\\\/$?*:\"&><#%|+].*");

    private final Clock clock;
    private final Map<UUID, Node[]> trees = new HashMap<>();
    private final Map<Integer, Node> byId = new HashMap<>();
    private final List<BiConsumer<List<Node>, Node>> deleteListeners = new ArrayList<>();
    private int nextId = 1;

    ClassificationStore(Clock clock) {
        this.clock = clock;
    }

    /** Calls {@code listener} with the deleted nodes and their replacement after a delete. */
    void onReclassify(BiConsumer<List<Node>, Node> listener) {
        deleteListeners.add(listener);
    }

    /** {@return the root of {@code kind} ({@code area} or {@code iteration}) in {@code project}} */
    public Node root(Project project, String kind) {
        Node[] roots = trees.computeIfAbsent(project.id(), id -> seed(project));
        return kind.equals("area") ? roots[0] : roots[1];
    }

    private Node[] seed(Project project) {
        Node area = newNode(project, "area", project.name(), null);
        Node iteration = newNode(project, "iteration", project.name(), null);
        LocalDate monday = LocalDate.now(clock.withZone(ZoneOffset.UTC))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int i = 0; i < 3; i++) {
            LocalDate start = monday.plusWeeks(2L * (i - 1));
            Node sprint = newNode(project, "iteration", "Sprint " + (i + 1), iteration);
            sprint.start = start.atStartOfDay().toInstant(ZoneOffset.UTC);
            sprint.finish = start.plusDays(11).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        return new Node[] {area, iteration};
    }

    private Node newNode(Project project, String kind, String name, Node parent) {
        int id = nextId++;
        UUID identifier = UUID.nameUUIDFromBytes((project.id() + "/" + kind + "/" + id)
                .getBytes(StandardCharsets.UTF_8));
        var node = new Node(id, identifier, kind, name, parent);
        if (parent != null) {
            parent.children.add(node);
        }
        byId.put(id, node);
        return node;
    }

    /** {@return the node at the slash- or backslash-separated {@code path} below the root; 404 when none} */
    public Node node(Project project, String kind, String path) {
        return find(project, kind, path).orElseThrow(() -> WorkErrors.nodeNotFound(path));
    }

    /** {@return the node at {@code path} below the root} */
    public Optional<Node> find(Project project, String kind, String path) {
        Node n = root(project, kind);
        for (String name : split(path)) {
            Optional<Node> child = n.children.stream().filter(c -> c.name.equalsIgnoreCase(name)).findFirst();
            if (child.isEmpty()) {
                return Optional.empty();
            }
            n = child.get();
        }
        return Optional.of(n);
    }

    /** {@return the node a field path such as {@code Project\Sprint 1} names (the project name first)} */
    public Optional<Node> byFieldPath(Project project, String kind, String path) {
        List<String> parts = split(path);
        if (parts.isEmpty() || !parts.get(0).equalsIgnoreCase(project.name())) {
            return Optional.empty();
        }
        return find(project, kind, String.join("/", parts.subList(1, parts.size())));
    }

    /** {@return node {@code id} of {@code kind} in {@code project}} */
    public Optional<Node> byId(Project project, String kind, int id) {
        Node n = byId.get(id);
        return n != null && n.kind.equals(kind) && n.root() == root(project, kind) ? Optional.of(n) : Optional.empty();
    }

    /** {@return the node whose GUID is {@code identifier} in {@code project}} */
    public Optional<Node> byIdentifier(Project project, String kind, UUID identifier) {
        List<Node> all = new ArrayList<>();
        collect(root(project, kind), all);
        return all.stream().filter(n -> n.identifier.equals(identifier)).findFirst();
    }

    /** {@return every node of the tree, depth first} */
    public List<Node> all(Project project, String kind) {
        List<Node> all = new ArrayList<>();
        collect(root(project, kind), all);
        return all;
    }

    private static void collect(Node n, List<Node> out) {
        out.add(n);
        n.children.forEach(c -> collect(c, out));
    }

    /** {@return the new child {@code name} of the node at {@code parentPath}} */
    public Node create(Project project, String kind, String parentPath, String name, Instant start, Instant finish) {
        Node parent = node(project, kind, parentPath);
        checkName(name);
        checkFree(parent, name, null);
        checkDates(start, finish);
        Node n = newNode(project, kind, name.strip(), parent);
        if (kind.equals("iteration")) {
            n.start = start;
            n.finish = finish;
        }
        return n;
    }

    /** {@return the node at {@code path}, renamed (when {@code name} is set) and with new dates (when given)} */
    public Node update(Project project, String kind, String path, String name, boolean datesGiven, Instant start,
                       Instant finish) {
        Node n = node(project, kind, path);
        if (name != null && !name.strip().equals(n.name)) {
            if (n.parent == null) {
                throw WorkErrors.invalidNodeOperation("The root node of the project cannot be renamed here; "
                        + "rename the project instead.");
            }
            checkName(name);
            checkFree(n.parent, name, n);
        }
        if (datesGiven) {
            if (!kind.equals("iteration")) {
                throw WorkErrors.invalidNodeOperation("Only iteration nodes have start and finish dates.");
            }
            checkDates(start, finish);
        }
        if (name != null) {
            n.name = name.strip();
        }
        if (datesGiven) {
            n.start = start;
            n.finish = finish;
        }
        return n;
    }

    /** {@return node {@code id}, moved under the node at {@code newParentPath}} */
    public Node move(Project project, String kind, String newParentPath, int id) {
        Node parent = node(project, kind, newParentPath);
        Node n = byId(project, kind, id).orElseThrow(() -> WorkErrors.nodeIdNotFound(id));
        if (n.parent == null) {
            throw WorkErrors.invalidNodeOperation("The root node cannot be moved.");
        }
        if (n.contains(parent)) {
            throw WorkErrors.invalidNodeOperation("The node '" + n.nodePath() + "' cannot be moved under itself.");
        }
        checkFree(parent, n.name, n);
        n.parent.children.remove(n);
        parent.children.add(n);
        n.parent = parent;
        return n;
    }

    /** Deletes the node at {@code path} and its children; references to them move to node {@code reclassifyId}. */
    public void delete(Project project, String kind, String path, Integer reclassifyId) {
        Node n = node(project, kind, path);
        if (n.parent == null) {
            throw WorkErrors.invalidNodeOperation("The root node of the project cannot be deleted.");
        }
        if (reclassifyId == null) {
            throw WorkErrors.reclassifyRequired();
        }
        Node target = byId(project, kind, reclassifyId).orElseThrow(() -> WorkErrors.nodeIdNotFound(reclassifyId));
        if (n.contains(target)) {
            throw WorkErrors.invalidNodeOperation("The reclassification node " + reclassifyId
                    + " is the deleted node or below it.");
        }
        List<Node> gone = new ArrayList<>();
        collect(n, gone);
        for (Node g : gone) {
            byId.remove(g.id);
        }
        n.parent.children.remove(n);
        deleteListeners.forEach(l -> l.accept(gone, target));
    }

    /** {@return the start of today by the clock, UTC} */
    Instant today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC)).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** {@return {@code past}, {@code current} or {@code future} for an iteration's dates} */
    String timeFrame(Node n) {
        Instant today = today();
        if (n.finish != null && n.finish.truncatedTo(ChronoUnit.DAYS).isBefore(today)) {
            return "past";
        }
        if (n.start != null && n.finish != null && !n.start.isAfter(today)) {
            return "current";
        }
        return "future";
    }

    private static List<String> split(String path) {
        var out = new ArrayList<String>();
        if (path == null) {
            return out;
        }
        for (String s : path.split("[/\\\\]")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank() || name.length() > 255 || BAD_NAME.matcher(name).matches()) {
            throw WorkErrors.invalidNodeName(name == null ? "" : name);
        }
    }

    private static void checkFree(Node parent, String name, Node self) {
        if (parent.children.stream().anyMatch(c -> c != self && c.name.equalsIgnoreCase(name.strip()))) {
            throw WorkErrors.nodeExists(name.strip(), parent.nodePath());
        }
    }

    private static void checkDates(Instant start, Instant finish) {
        if ((start == null) != (finish == null)) {
            throw WorkErrors.invalidNodeOperation("Both the start date and the finish date must be set, or "
                    + "neither.");
        }
        if (start != null && finish.isBefore(start)) {
            throw WorkErrors.invalidNodeOperation("The finish date must not be before the start date.");
        }
    }
}
