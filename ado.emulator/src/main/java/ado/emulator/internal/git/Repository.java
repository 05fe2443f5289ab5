package ado.emulator.internal.git;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One Git repository: its object database, its refs and its push log. Ref changes happen under {@link #locked},
 * so a check of a ref's current value and its update are atomic.
 */
public final class Repository {

    private final UUID id;
    private final String name;
    private final UUID projectId;
    private final ObjectDb objects = new ObjectDb();
    private final ReentrantLock lock = new ReentrantLock();
    private final TreeMap<String, Ref> refs = new TreeMap<>();
    private final List<PushRecord> pushes = new ArrayList<>();
    private final Map<ObjectId, Integer> pushOfCommit = new ConcurrentHashMap<>();
    private final Map<ObjectId, List<CommitStatus>> statuses = new java.util.HashMap<>();
    private volatile String defaultBranch;

    /** Creates the repository. */
    public Repository(UUID id, String name, UUID projectId) {
        this.id = Objects.requireNonNull(id, "id == null");
        this.name = Objects.requireNonNull(name, "name == null");
        this.projectId = Objects.requireNonNull(projectId, "projectId == null");
    }

    /** {@return the id} */
    public UUID id() {
        return id;
    }

    /** {@return the name} */
    public String name() {
        return name;
    }

    /** {@return the project id} */
    public UUID projectId() {
        return projectId;
    }

    /** {@return the object database} */
    public ObjectDb objects() {
        return objects;
    }

    /** {@return the default branch's full name, or empty for a repository without branches} */
    public Optional<String> defaultBranch() {
        return Optional.ofNullable(defaultBranch);
    }

    /** Runs {@code action} holding the repository's ref lock. */
    public <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    /** {@return the ref called {@code fullName}} */
    public Optional<Ref> ref(String fullName) {
        return locked(() -> Optional.ofNullable(refs.get(fullName)));
    }

    /** {@return a snapshot of all refs, sorted by name} */
    public List<Ref> refs() {
        return locked(() -> List.copyOf(refs.values()));
    }

    /** Sets a ref; the first branch set becomes the default branch. Call under {@link #locked}. */
    public void setRef(String fullName, ObjectId target, UUID creator) {
        requireLock();
        Ref old = refs.get(fullName);
        refs.put(fullName, new Ref(fullName, target, old == null ? creator : old.creator()));
        if (defaultBranch == null && fullName.startsWith("refs/heads/")) {
            defaultBranch = fullName;
        }
    }

    /** Deletes a ref. Call under {@link #locked}. */
    public void deleteRef(String fullName) {
        requireLock();
        refs.remove(fullName);
    }

    /** Records a push and returns it. Call under {@link #locked}. */
    public PushRecord recordPush(Instant date, UUID pushedBy, List<PushRecord.RefChange> changes,
                                 List<Commit> commits) {
        requireLock();
        var push = new PushRecord(pushes.size() + 1, date, pushedBy, changes, commits);
        pushes.add(push);
        commits.forEach(c -> pushOfCommit.put(c.id(), push.pushId()));
        return push;
    }

    /** {@return the pushes, oldest first} */
    public List<PushRecord> pushes() {
        return locked(() -> List.copyOf(pushes));
    }

    /** {@return the push that created {@code commit}, when it came through a push} */
    public Optional<PushRecord> pushOf(ObjectId commit) {
        Integer n = pushOfCommit.get(commit);
        return n == null ? Optional.empty() : locked(() -> Optional.of(pushes.get(n - 1)));
    }

    /** A status posted on a commit: its id (from 1 per commit), state, description, context and link. */
    public record CommitStatus(int id, String state, String description, ado.core.json.JsonObject context,
                               String targetUrl, UUID createdBy, Instant created) implements StatusWire.Entry {
    }

    /** {@return the status {@code make} builds from the next id, appended to {@code commit}'s statuses} */
    public CommitStatus addStatus(ObjectId commit, java.util.function.IntFunction<CommitStatus> make) {
        return locked(() -> {
            List<CommitStatus> list = statuses.computeIfAbsent(commit, k -> new ArrayList<>());
            CommitStatus status = make.apply(list.size() + 1);
            list.add(status);
            return status;
        });
    }

    /** {@return the statuses of {@code commit}, oldest first} */
    public List<CommitStatus> statuses(ObjectId commit) {
        return locked(() -> List.copyOf(statuses.getOrDefault(commit, List.of())));
    }

    /** {@return a rough size in bytes} */
    public long size() {
        return locked(() -> refs.isEmpty() ? 0L : 1024L * (1 + pushes.size()));
    }

    private void requireLock() {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("ref changes need the repository lock");
        }
    }
}
