package ado.emulator.internal.git;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Walks commits newest first (by committer date) from some starting commits, each commit once. Memory stays small
 * on long linear histories: the set of seen commits is cleared whenever only one commit is pending, and
 * {@link #skip} jumps through generated histories by index.
 */
public final class CommitWalk implements Iterator<Commit> {

    private record Pending(Commit commit, long seq) {
    }

    private final ObjectDb db;
    private final PriorityQueue<Pending> queue = new PriorityQueue<>(Comparator
            .comparing((Pending p) -> p.commit().committer().when()).reversed()
            .thenComparingLong(Pending::seq));
    private final Set<ObjectId> seen = new HashSet<>();
    private long seq;

    /** Creates the commit walk. */
    public CommitWalk(ObjectDb db, Collection<Commit> starts) {
        this.db = db;
        starts.forEach(this::enqueue);
    }

    @Override
    public boolean hasNext() {
        return !queue.isEmpty();
    }

    @Override
    public Commit next() {
        Pending p = queue.poll();
        if (p == null) {
            throw new NoSuchElementException();
        }
        if (queue.isEmpty()) {
            seen.clear();
            seen.add(p.commit().id());
        }
        for (ObjectId parent : p.commit().parents()) {
            db.commit(parent).ifPresent(this::enqueue);
        }
        return p.commit();
    }

    /** Skips {@code n} commits, fast through generated linear histories. */
    public void skip(int n) {
        int left = n;
        while (left > 0 && hasNext()) {
            if (queue.size() == 1) {
                var position = db.generatedPosition(queue.peek().commit().id());
                if (position.isPresent() && position.get().index() >= 1) {
                    int jump = Math.min(left, position.get().index());
                    GeneratedHistory h = position.get().history();
                    queue.clear();
                    seen.clear();
                    db.commit(h.id(position.get().index() - jump)).ifPresent(this::enqueue);
                    left -= jump;
                    continue;
                }
            }
            next();
            left--;
        }
    }

    private void enqueue(Commit c) {
        if (seen.add(c.id())) {
            queue.add(new Pending(c, seq++));
        }
    }
}
