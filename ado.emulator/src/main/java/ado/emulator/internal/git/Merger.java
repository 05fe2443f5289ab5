package ado.emulator.internal.git;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Real merges for pull requests: merge base, a file-level three-way merge (a path changed differently on both
 * sides is a conflict) and ADO's four completion strategies. Writes new objects into the repository's database but
 * never moves refs.
 */
public final class Merger {

    /** ADO's {@code GitPullRequestMergeStrategy} values. */
    public enum Strategy {
        /** A merge commit with both heads as parents ({@code noFastForward}). */
        NO_FAST_FORWARD("noFastForward"),
        /** One new commit on the target holding all changes ({@code squash}). */
        SQUASH("squash"),
        /** Each source commit replayed on the target, target fast-forwarded ({@code rebase}). */
        REBASE("rebase"),
        /** Source commits replayed on the target, then a merge commit ({@code rebaseMerge}, semi-linear). */
        REBASE_MERGE("rebaseMerge");

        private final String wire;

        Strategy(String wire) {
            this.wire = wire;
        }

        /** {@return ADO's name} */
        public String wire() {
            return wire;
        }

        /** {@return the strategy called {@code name} (case-insensitive), if any} */
        public static Optional<Strategy> of(String name) {
            for (Strategy s : values()) {
                if (s.wire.equalsIgnoreCase(name)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    /** The outcome of a merge attempt: the new target commit, or the conflicting paths. */
    public record Result(ObjectId commit, List<String> conflicts) {
        /** Copies the conflicts. */
        public Result {
            conflicts = List.copyOf(conflicts);
        }

        /** {@return whether the merge succeeded} */
        public boolean succeeded() {
            return conflicts.isEmpty();
        }
    }

    private final ObjectDb db;

    /** Creates a merger over {@code db}. */
    public Merger(ObjectDb db) {
        this.db = Objects.requireNonNull(db, "db == null");
    }

    /** {@return every commit reachable from {@code head}, itself included} */
    public Set<ObjectId> ancestors(ObjectId head) {
        var seen = new HashSet<ObjectId>();
        var todo = new ArrayDeque<ObjectId>();
        todo.add(head);
        while (!todo.isEmpty()) {
            ObjectId id = todo.poll();
            if (seen.add(id)) {
                db.commit(id).ifPresent(c -> todo.addAll(c.parents()));
            }
        }
        return seen;
    }

    /** {@return the nearest common ancestor of {@code a} and {@code b}, if any} */
    public Optional<ObjectId> mergeBase(ObjectId a, ObjectId b) {
        Set<ObjectId> ofA = ancestors(a);
        var walk = new CommitWalk(db, List.of(db.commit(b).orElseThrow()));
        while (walk.hasNext()) {
            Commit c = walk.next();
            if (ofA.contains(c.id())) {
                return Optional.of(c.id());
            }
        }
        return Optional.empty();
    }

    /** {@return the commits reachable from {@code source} but not from {@code target}, newest first} */
    public List<Commit> commitsBetween(ObjectId target, ObjectId source) {
        Set<ObjectId> exclude = ancestors(target);
        var out = new ArrayList<Commit>();
        var walk = new CommitWalk(db, List.of(db.commit(source).orElseThrow()));
        while (walk.hasNext()) {
            Commit c = walk.next();
            if (!exclude.contains(c.id())) {
                out.add(c);
            }
        }
        return out;
    }

    /** {@return the paths a merge of {@code source} into {@code target} would conflict on (empty: mergeable)} */
    public List<String> conflicts(ObjectId target, ObjectId source) {
        var conflicts = new ArrayList<String>();
        threeWay(baseTree(target, source), tree(target), tree(source), conflicts);
        return conflicts;
    }

    /**
     * Merges {@code source} into {@code target} with {@code strategy}; {@code committer} signs new commits (and
     * authors the squash and merge commits), {@code message} is their message.
     */
    public Result merge(Strategy strategy, ObjectId target, ObjectId source, Signature committer, String message) {
        var conflicts = conflicts(target, source);
        if (!conflicts.isEmpty()) {
            return new Result(null, conflicts);
        }
        String msg = message.endsWith("\n") ? message : message + "\n";
        switch (strategy) {
            case NO_FAST_FORWARD:
                return ok(commit(mergedTree(target, source), List.of(target, source), committer, committer, msg));
            case SQUASH:
                return ok(commit(mergedTree(target, source), List.of(target), committer, committer, msg));
            case REBASE:
                return ok(replay(target, source, committer));
            case REBASE_MERGE:
                ObjectId rebased = replay(target, source, committer);
                return ok(rebased.equals(target) ? target
                        : commit(tree(rebased), List.of(target, rebased), committer, committer, msg));
            default:
                throw new IllegalStateException("unknown strategy " + strategy);
        }
    }

    /**
     * {@return {@code commits} (oldest first) applied one by one on top of {@code onto}, each keeping its author and
     * message; the first that conflicts stops it}
     */
    public Result cherryPick(ObjectId onto, List<ObjectId> commits, Signature committer) {
        return apply(onto, commits, committer, false);
    }

    /** {@return the changes of {@code commits} (newest first) undone one by one on top of {@code onto}} */
    public Result revert(ObjectId onto, List<ObjectId> commits, Signature committer) {
        return apply(onto, commits, committer, true);
    }

    private Result apply(ObjectId onto, List<ObjectId> commits, Signature committer, boolean undo) {
        ObjectId head = onto;
        for (ObjectId id : commits) {
            Commit c = db.commit(id).orElseThrow(() -> new IllegalStateException("missing commit " + id));
            ObjectId parentTree = c.parents().isEmpty() ? null : tree(c.parents().get(0));
            var conflicts = new ArrayList<String>();
            ObjectId merged = undo ? threeWay(c.tree(), tree(head), parentTree, conflicts)
                    : threeWay(parentTree, tree(head), c.tree(), conflicts);
            if (!conflicts.isEmpty()) {
                return new Result(null, conflicts);
            }
            String message = undo ? "Revert \"" + c.message().strip().lines().findFirst().orElse("") + "\"\n\n"
                    + "This reverts commit " + c.id().hex() + ".\n" : c.message();
            head = commit(merged, List.of(head), undo ? committer : c.author(), committer, message);
        }
        return ok(head);
    }

    private static Result ok(ObjectId commit) {
        return new Result(commit, List.of());
    }

    private ObjectId replay(ObjectId target, ObjectId source, Signature committer) {
        List<Commit> commits = new ArrayList<>(commitsBetween(target, source));
        java.util.Collections.reverse(commits);
        ObjectId head = target;
        for (Commit c : commits) {
            ObjectId base = c.parents().isEmpty() ? null : tree(c.parents().get(0));
            var unused = new ArrayList<String>();
            ObjectId merged = threeWay(base, tree(head), c.tree(), unused);
            head = commit(merged, List.of(head), c.author(), committer, c.message());
        }
        return head;
    }

    private ObjectId mergedTree(ObjectId target, ObjectId source) {
        return threeWay(baseTree(target, source), tree(target), tree(source), new ArrayList<>());
    }

    private ObjectId baseTree(ObjectId target, ObjectId source) {
        return mergeBase(target, source).map(this::tree).orElse(null);
    }

    private ObjectId commit(ObjectId tree, List<ObjectId> parents, Signature author, Signature committer,
                            String message) {
        return db.put(new Commit(tree, parents, author, committer, message));
    }

    private ObjectId tree(ObjectId commit) {
        return db.commit(commit).orElseThrow(() -> new IllegalStateException("missing commit " + commit)).tree();
    }

    /** Merges trees file by file; paths changed differently on both sides go to {@code conflicts}. */
    private ObjectId threeWay(ObjectId base, ObjectId ours, ObjectId theirs, List<String> conflicts) {
        Map<String, TreeEntry> b = FlatTree.of(db, base).filesUnder("");
        Map<String, TreeEntry> o = FlatTree.of(db, ours).filesUnder("");
        Map<String, TreeEntry> t = FlatTree.of(db, theirs).filesUnder("");
        FlatTree result = FlatTree.of(db, ours);
        var paths = new TreeSet<String>();
        paths.addAll(b.keySet());
        paths.addAll(o.keySet());
        paths.addAll(t.keySet());
        for (String path : paths) {
            TreeEntry be = b.get(path);
            TreeEntry oe = o.get(path);
            TreeEntry te = t.get(path);
            if (Objects.equals(oe, te) || Objects.equals(be, te)) {
                continue;
            }
            if (Objects.equals(be, oe)) {
                if (te == null) {
                    result.remove(path);
                } else {
                    result.put(path, te.id(), te.mode());
                }
            } else {
                conflicts.add("/" + path);
            }
        }
        return result.write(db);
    }
}
