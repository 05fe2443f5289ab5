package ado.emulator.internal.work;

import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import java.time.Clock;
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
