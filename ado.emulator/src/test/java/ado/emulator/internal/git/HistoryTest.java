package ado.emulator.internal.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTest {

    private static final Signature ADA = Signature.utc("Ada", "ada@example.com",
            Instant.parse("2020-01-01T00:00:00Z"));

    @Test
    void generatedHistory_commits_chainAndMatchStoredIds() {
        var h = new GeneratedHistory(null, Tree.EMPTY, ADA, 50);

        for (int i = 0; i < 50; i++) {
            Commit c = h.commit(i);
            assertThat(c.id()).isEqualTo(h.id(i));
            assertThat(c.parents()).isEqualTo(i == 0 ? List.of() : List.of(h.id(i - 1)));
            assertThat(h.indexOf(c.id())).isEqualTo(i);
        }
    }

    @Test
    void generatedHistory_unknownId_notFound() {
        var h = new GeneratedHistory(null, Tree.EMPTY, ADA, 10);

        assertThat(h.indexOf(new ObjectId("5".repeat(40)))).isEqualTo(-1);
    }

    @Test
    void objectDb_generatedCommit_resolvesTreeAndBlob() {
        var db = new ObjectDb();
        var h = new GeneratedHistory(null, Tree.EMPTY, ADA, 10);
        db.add(h);

        Commit c = db.commit(h.id(7)).orElseThrow();
        Tree tree = db.tree(c.tree()).orElseThrow();
        Blob blob = db.blob(tree.entry(GeneratedHistory.FILE).orElseThrow().id()).orElseThrow();

        assertThat(new String(blob.data(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("commit 7\n");
    }

    @Test
    void commitWalk_skipThroughGeneratedHistory_equalsStepping() {
        var db = new ObjectDb();
        Commit root = new Commit(Tree.EMPTY.id(), List.of(), ADA, ADA, "root\n");
        db.put(Tree.EMPTY);
        db.put(root);
        var h = new GeneratedHistory(root.id(), Tree.EMPTY, Signature.utc("Ada", "a@e", Instant.parse(
                "2021-01-01T00:00:00Z")), 300);
        db.add(h);
        Commit head = db.commit(h.head()).orElseThrow();

        var fast = new CommitWalk(db, List.of(head));
        fast.skip(250);
        var slow = new CommitWalk(db, List.of(head));
        for (int i = 0; i < 250; i++) {
            slow.next();
        }

        assertThat(ids(fast)).isEqualTo(ids(slow)).hasSize(51).endsWith(root.id());
    }

    @Test
    void commitWalk_merge_visitsEachCommitOnceNewestFirst() {
        var db = new ObjectDb();
        db.put(Tree.EMPTY);
        Commit a = commit(db, List.of(), 1);
        Commit b = commit(db, List.of(a.id()), 2);
        Commit c = commit(db, List.of(a.id()), 3);
        Commit m = commit(db, List.of(b.id(), c.id()), 4);

        assertThat(ids(new CommitWalk(db, List.of(m)))).containsExactly(m.id(), c.id(), b.id(), a.id());
    }

    @Test
    void treeDiff_editsAddsDeletes_listedWithFolders() {
        var db = new ObjectDb();
        FlatTree one = FlatTree.of(db, null);
        one.put("d/a.txt", db.put(GitObjectsTest.blob("1")), TreeEntry.FILE);
        one.put("gone.txt", db.put(GitObjectsTest.blob("2")), TreeEntry.FILE);
        ObjectId from = one.write(db);
        one.put("d/a.txt", db.put(GitObjectsTest.blob("changed")), TreeEntry.FILE);
        one.remove("gone.txt");
        one.put("new/b.txt", db.put(GitObjectsTest.blob("3")), TreeEntry.FILE);
        ObjectId to = one.write(db);

        List<TreeDiff.Entry> diff = TreeDiff.between(db, from, to);

        assertThat(diff).extracting(e -> e.changeType() + " " + e.path()).containsExactly(
                "edit /d", "edit /d/a.txt", "delete /gone.txt", "add /new", "add /new/b.txt");
        assertThat(TreeDiff.counts(diff, true)).containsEntry("Edit", 1).containsEntry("Add", 1)
                .containsEntry("Delete", 1);
    }

    private static Commit commit(ObjectDb db, List<ObjectId> parents, int second) {
        Signature s = Signature.utc("Ada", "a@e", Instant.ofEpochSecond(1_600_000_000L + second));
        Commit c = new Commit(Tree.EMPTY.id(), parents, s, s, "c" + second + "\n");
        db.put(c);
        return c;
    }

    private static List<ObjectId> ids(CommitWalk walk) {
        var out = new ArrayList<ObjectId>();
        walk.forEachRemaining(c -> out.add(c.id()));
        return out;
    }
}
