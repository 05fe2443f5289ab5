package ado.emulator.internal.work;

import ado.core.json.JsonString;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import ado.emulator.internal.wiql.WorkItemView;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The planning side of the organisation: processes and fields, classification trees and team data, behind one
 * lock. Routes and {@link ProcessRules} run every read and change inside {@link #locked}.
 */
public final class WorkStore {

    private final ReentrantLock lock = new ReentrantLock();
    private final OrgStore org;
    private final ProcessStore processes = new ProcessStore();
    private final ClassificationStore nodes;
    private final TeamStore teams;
    private volatile WorkItemView workItems = EMPTY;

    private static final WorkItemView EMPTY = new WorkItemView() {
        @Override
        public java.util.stream.Stream<Row> items() {
            return java.util.stream.Stream.empty();
        }

        @Override
        public java.util.stream.Stream<Link> links() {
            return java.util.stream.Stream.empty();
        }
    };

    /** Creates the store; {@code clock} decides which sprint is current and the dates of seeded sprints. */
    public WorkStore(OrgStore org, Clock clock) {
        this.org = Objects.requireNonNull(org, "org == null");
        this.nodes = new ClassificationStore(Objects.requireNonNull(clock, "clock == null"));
        this.teams = new TeamStore(nodes, processes);
    }

    /** Adds the sample areas {@code Web} and {@code Backend} to project {@code projectName}. */
    public void seedAreas(String projectName) {
        locked(() -> {
            Project p = org.project(projectName);
            nodes.create(p, "area", "", "Web", null, null);
            nodes.create(p, "area", "", "Backend", null, null);
            return null;
        });
    }

    /** Reads work items from {@code view} (the work item store) for a sprint's work items; none until set. */
    public void useWorkItems(WorkItemView view) {
        this.workItems = Objects.requireNonNull(view, "view == null");
    }

    /**
     * {@return the work items of {@code project} in iteration {@code node} as ADO lists a sprint's work items: each
     * item without a parent in the sprint as {@code (null, id)}, then each parent-child link between two of them as
     * {@code (parent, child)}}
     */
    public List<int[]> sprintItems(Project project, Node node) {
        String path = node.fieldPath();
        Set<Integer> ids = new TreeSet<>();
        workItems.items().filter(r -> r.project().equalsIgnoreCase(project.name()))
                .filter(r -> r.fields().get("System.IterationPath") instanceof JsonString s
                        && s.value().equalsIgnoreCase(path))
                .forEach(r -> ids.add(r.id()));
        List<int[]> links = workItems.links().filter(l -> l.rel().equals("System.LinkTypes.Hierarchy-Forward"))
                .filter(l -> ids.contains(l.source()) && ids.contains(l.target()))
                .map(l -> new int[] {l.source(), l.target()}).toList();
        Set<Integer> children = new HashSet<>();
        links.forEach(l -> children.add(l[1]));
        List<int[]> out = new ArrayList<>();
        ids.stream().filter(id -> !children.contains(id)).forEach(id -> out.add(new int[] {0, id}));
        out.addAll(links);
        return out;
    }

    /** {@return {@code action}'s result, run while holding the store lock} */
    public <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    /** {@return the organisation} */
    public OrgStore org() {
        return org;
    }

    /** {@return the processes and fields} */
    public ProcessStore processes() {
        return processes;
    }

    /** {@return the classification trees} */
    public ClassificationStore nodes() {
        return nodes;
    }

    /** {@return the team data} */
    public TeamStore teams() {
        return teams;
    }
}
