package ado.emulator.internal.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MergerTest {

    private static final Signature ADA = Signature.utc("Ada", "ada@example.com", Instant.ofEpochSecond(1_700_000_000L));

    private final ObjectDb db = new ObjectDb();
    private final Merger merger = new Merger(db);
    private long clock;

    /** A commit whose tree holds exactly {@code files} (path to text), on top of {@code parent} (may be null). */
    private ObjectId commit(ObjectId parent, Map<String, String> files, String message) {
        FlatTree tree = FlatTree.of(db, null);
        files.forEach((path, text) -> tree.put(path, db.put(new Blob(text.getBytes(StandardCharsets.UTF_8))),
                TreeEntry.FILE));
        Signature when = Signature.utc("Ada", "ada@example.com", Instant.ofEpochSecond(1_700_000_000L + clock++));
        return db.put(new Commit(tree.write(db), parent == null ? List.of() : List.of(parent), when, when,
                message + "\n"));
    }

    private Map<String, String> files(ObjectId commit) {
        var out = new java.util.TreeMap<String, String>();
        FlatTree.of(db, db.commit(commit).orElseThrow().tree()).filesUnder("").forEach((path, entry) ->
                out.put(path, new String(db.blob(entry.id()).orElseThrow().data(), StandardCharsets.UTF_8)));
        return out;
    }

    @Test
    void mergeBase_divergedBranches_isForkPoint() {
        ObjectId base = commit(null, Map.of("a", "1"), "base");
        ObjectId left = commit(base, Map.of("a", "1", "l", "x"), "left");
        ObjectId right = commit(base, Map.of("a", "1", "r", "y"), "right");

        assertThat(merger.mergeBase(left, right)).contains(base);
        assertThat(merger.commitsBetween(left, right)).extracting(Commit::id).containsExactly(right);
    }

    @Test
    void merge_disjointChanges_keepsBoth() {
        ObjectId base = commit(null, Map.of("a", "1", "b", "2"), "base");
        ObjectId target = commit(base, Map.of("a", "1", "b", "2", "t", "t"), "target");
        ObjectId source = commit(base, Map.of("a", "changed", "b", "2"), "source");

        Merger.Result result = merger.merge(Merger.Strategy.NO_FAST_FORWARD, target, source, ADA, "merge");

        assertThat(files(result.commit())).isEqualTo(Map.of("a", "changed", "b", "2", "t", "t"));
        assertThat(db.commit(result.commit()).orElseThrow().parents()).containsExactly(target, source);
    }

    @Test
    void merge_deleteOnOneSide_deletes() {
        ObjectId base = commit(null, Map.of("a", "1", "b", "2"), "base");
        ObjectId target = commit(base, Map.of("a", "1", "b", "2", "t", "t"), "target");
        ObjectId source = commit(base, Map.of("a", "1"), "source");

        Merger.Result result = merger.merge(Merger.Strategy.SQUASH, target, source, ADA, "squash");

        assertThat(files(result.commit())).isEqualTo(Map.of("a", "1", "t", "t"));
        assertThat(db.commit(result.commit()).orElseThrow().parents()).containsExactly(target);
    }

    @Test
    void merge_sameFileChangedDifferently_conflictsAndWritesNoCommit() {
        ObjectId base = commit(null, Map.of("a", "1"), "base");
        ObjectId target = commit(base, Map.of("a", "target"), "target");
        ObjectId source = commit(base, Map.of("a", "source"), "source");

        Merger.Result result = merger.merge(Merger.Strategy.NO_FAST_FORWARD, target, source, ADA, "merge");

        assertThat(result.succeeded()).isFalse();
        assertThat(result.commit()).isNull();
        assertThat(result.conflicts()).containsExactly("/a");
    }

    @Test
    void merge_editAgainstDelete_conflicts() {
        ObjectId base = commit(null, Map.of("a", "1"), "base");
        ObjectId target = commit(base, Map.of(), "target");
        ObjectId source = commit(base, Map.of("a", "2"), "source");

        assertThat(merger.conflicts(target, source)).containsExactly("/a");
    }

    @Test
    void merge_sameChangeOnBothSides_noConflict() {
        ObjectId base = commit(null, Map.of("a", "1"), "base");
        ObjectId target = commit(base, Map.of("a", "2"), "target");
        ObjectId source = commit(base, Map.of("a", "2"), "source");

        assertThat(merger.conflicts(target, source)).isEmpty();
    }

    @Test
    void rebase_twoCommits_replayedInOrderKeepingMessages() {
        ObjectId base = commit(null, Map.of("a", "1"), "base");
        ObjectId target = commit(base, Map.of("a", "1", "t", "t"), "target");
        ObjectId one = commit(base, Map.of("a", "1", "s1", "1"), "one");
        ObjectId two = commit(one, Map.of("a", "1", "s1", "1", "s2", "2"), "two");

        Merger.Result result = merger.merge(Merger.Strategy.REBASE, target, two, ADA, "unused");

        Commit head = db.commit(result.commit()).orElseThrow();
        Commit first = db.commit(head.parents().get(0)).orElseThrow();
        assertThat(head.message()).isEqualTo("two\n");
        assertThat(first.message()).isEqualTo("one\n");
        assertThat(first.parents()).containsExactly(target);
        assertThat(files(result.commit())).isEqualTo(Map.of("a", "1", "t", "t", "s1", "1", "s2", "2"));
    }

    @Test
    void rebaseMerge_sourceAlreadyInTarget_noNewCommit() {
        ObjectId base = commit(null, Map.of("a", "1"), "base");
        ObjectId target = commit(base, Map.of("a", "2"), "target");

        Merger.Result result = merger.merge(Merger.Strategy.REBASE_MERGE, target, base, ADA, "merge");

        assertThat(result.commit()).isEqualTo(target);
    }

    @Test
    void strategy_byAdoName_caseInsensitive() {
        assertThat(Merger.Strategy.of("REBASEMERGE")).contains(Merger.Strategy.REBASE_MERGE);
        assertThat(Merger.Strategy.of("octopus")).isEmpty();
    }
}
