package ado.emulator.internal.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.emulator.internal.http.AdoError;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PusherTest {

    private static final UUID USER = UUID.randomUUID();
    private static final Signature ADA = Signature.utc("Ada", "ada@example.com", Instant.EPOCH);
    private static final String MAIN = "refs/heads/main";

    private final Pusher pusher = new Pusher(Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC));
    private final Repository repo = new Repository(UUID.randomUUID(), "r", UUID.randomUUID());

    @Test
    void push_initialCommit_createsBranchAndDefaultBranch() {
        Commit c = push(MAIN, ObjectId.ZERO, new Change.Add("/a/b.txt", bytes("hi")));

        assertThat(head(MAIN)).isEqualTo(c.id());
        assertThat(repo.defaultBranch()).contains(MAIN);
        assertThat(FlatTree.of(repo.objects(), c.tree()).hasFile("a/b.txt")).isTrue();
    }

    @Test
    void push_staleOldObjectId_rejectedAndNothingChanged() {
        Commit first = push(MAIN, ObjectId.ZERO, new Change.Add("/a.txt", bytes("1")));
        push(MAIN, first.id(), new Change.Edit("/a.txt", bytes("2")));
        ObjectId before = head(MAIN);
        int pushes = repo.pushes().size();

        assertThatThrownBy(() -> push(MAIN, first.id(), new Change.Edit("/a.txt", bytes("3"))))
                .isInstanceOfSatisfying(AdoError.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.getMessage()).startsWith("TF401028");
                });
        assertThat(head(MAIN)).isEqualTo(before);
        assertThat(repo.pushes()).hasSize(pushes);
    }

    @Test
    void push_zeroOldObjectIdOnExistingBranch_rejectedAsStale() {
        push(MAIN, ObjectId.ZERO, new Change.Add("/a.txt", bytes("1")));

        assertThatThrownBy(() -> push(MAIN, ObjectId.ZERO, new Change.Add("/b.txt", bytes("1"))))
                .isInstanceOfSatisfying(AdoError.class, e -> assertThat(e.typeKey())
                        .isEqualTo("GitReferenceStaleException"));
    }

    @Test
    void push_newBranchFromCommit_hasThatParent() {
        Commit base = push(MAIN, ObjectId.ZERO, new Change.Add("/a.txt", bytes("1")));

        Commit c = push("refs/heads/topic", base.id(), new Change.Edit("/a.txt", bytes("2")));

        assertThat(c.parents()).containsExactly(base.id());
        assertThat(head(MAIN)).isEqualTo(base.id());
    }

    @Test
    void push_twoConcurrentFromSameHead_exactlyOneWins() throws Exception {
        Commit base = push(MAIN, ObjectId.ZERO, new Change.Add("/a.txt", bytes("1")));
        var pool = Executors.newFixedThreadPool(2);
        var start = new CountDownLatch(1);
        var results = new ArrayList<Future<Boolean>>();
        for (int i = 0; i < 2; i++) {
            String content = "v" + i;
            results.add(pool.submit(() -> {
                start.await();
                try {
                    push(MAIN, base.id(), new Change.Edit("/a.txt", bytes(content)));
                    return true;
                } catch (AdoError stale) {
                    return false;
                }
            }));
        }
        start.countDown();
        int wins = 0;
        for (Future<Boolean> f : results) {
            wins += f.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(wins).isEqualTo(1);
        assertThat(repo.objects().commit(head(MAIN)).orElseThrow().parents()).containsExactly(base.id());
    }

    @Test
    void push_addExistingPath_rejected() {
        Commit base = push(MAIN, ObjectId.ZERO, new Change.Add("/a.txt", bytes("1")));

        assertThatThrownBy(() -> push(MAIN, base.id(), new Change.Add("/a.txt", bytes("2"))))
                .isInstanceOfSatisfying(AdoError.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining("/a.txt");
        assertThat(head(MAIN)).isEqualTo(base.id());
    }

    @Test
    void push_editMissingPath_rejected() {
        Commit base = push(MAIN, ObjectId.ZERO, new Change.Add("/a.txt", bytes("1")));

        assertThatThrownBy(() -> push(MAIN, base.id(), new Change.Edit("/b.txt", bytes("2"))))
                .isInstanceOfSatisfying(AdoError.class, e -> assertThat(e.status()).isEqualTo(404))
                .hasMessageContaining("/b.txt");
    }

    @Test
    void push_deleteMissingPath_rejected() {
        Commit base = push(MAIN, ObjectId.ZERO, new Change.Add("/a.txt", bytes("1")));

        assertThatThrownBy(() -> push(MAIN, base.id(), new Change.Delete("/b.txt")))
                .isInstanceOfSatisfying(AdoError.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void push_deleteFolder_removesFilesBelow() {
        Commit base = push(MAIN, ObjectId.ZERO, new Change.Add("/d/a.txt", bytes("1")),
                new Change.Add("/d/e/b.txt", bytes("2")), new Change.Add("/keep.txt", bytes("3")));

        Commit c = push(MAIN, base.id(), new Change.Delete("/d"));

        FlatTree files = FlatTree.of(repo.objects(), c.tree());
        assertThat(files.hasFolder("d")).isFalse();
        assertThat(files.hasFile("keep.txt")).isTrue();
    }

    @Test
    void push_rename_movesBlobKeepingId() {
        Commit base = push(MAIN, ObjectId.ZERO, new Change.Add("/a.txt", bytes("1")));
        ObjectId blob = FlatTree.of(repo.objects(), base.tree()).file("a.txt").id();

        Commit c = push(MAIN, base.id(), new Change.Rename("/a.txt", "/moved/a.txt"));

        FlatTree files = FlatTree.of(repo.objects(), c.tree());
        assertThat(files.hasFile("a.txt")).isFalse();
        assertThat(files.file("moved/a.txt").id()).isEqualTo(blob);
    }

    @Test
    void push_renameMissingSource_rejected() {
        Commit base = push(MAIN, ObjectId.ZERO, new Change.Add("/a.txt", bytes("1")));

        assertThatThrownBy(() -> push(MAIN, base.id(), new Change.Rename("/nope.txt", "/b.txt")))
                .isInstanceOfSatisfying(AdoError.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void push_unknownBaseCommit_rejected() {
        ObjectId unknown = new ObjectId("1".repeat(40));

        assertThatThrownBy(() -> push("refs/heads/x", unknown, new Change.Add("/a.txt", bytes("1"))))
                .isInstanceOfSatisfying(AdoError.class, e -> assertThat(e.getMessage()).startsWith("TF401175"));
    }

    @Test
    void push_invalidRefName_rejected() {
        assertThatThrownBy(() -> push("refs/heads/a..b", ObjectId.ZERO, new Change.Add("/a.txt", bytes("1"))))
                .isInstanceOfSatisfying(AdoError.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void push_dotDotPath_rejected() {
        assertThatThrownBy(() -> push(MAIN, ObjectId.ZERO, new Change.Add("/a/../b.txt", bytes("1"))))
                .isInstanceOfSatisfying(AdoError.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void push_severalCommits_chainsThem() {
        var request = new PushRequest(List.of(new PushRequest.RefUpdate(MAIN, ObjectId.ZERO)), List.of(
                new PushRequest.NewCommit("one", null, null, null, List.of(new Change.Add("/a", bytes("1")))),
                new PushRequest.NewCommit("two", null, null, null, List.of(new Change.Add("/b", bytes("2"))))));

        PushRecord push = pusher.push(repo, request, USER, ADA);

        assertThat(push.commits()).hasSize(2);
        assertThat(push.commits().get(1).parents()).containsExactly(push.commits().get(0).id());
        assertThat(head(MAIN)).isEqualTo(push.commits().get(1).id());
    }

    @Test
    void refsUpdate_staleAndValid_reportedPerRef() {
        Commit base = push(MAIN, ObjectId.ZERO, new Change.Add("/a.txt", bytes("1")));

        List<Refs.Result> results = Refs.update(repo, List.of(
                new Refs.Update("refs/heads/new", ObjectId.ZERO, base.id()),
                new Refs.Update(MAIN, new ObjectId("2".repeat(40)), base.id()),
                new Refs.Update("refs/heads/bad", ObjectId.ZERO, new ObjectId("3".repeat(40)))), USER);

        assertThat(results).extracting(Refs.Result::updateStatus)
                .containsExactly("succeeded", "staleOldObjectId", "unresolvableToCommit");
        assertThat(repo.ref("refs/heads/new")).isPresent();
        assertThat(repo.ref("refs/heads/bad")).isEmpty();
    }

    @Test
    void refsUpdate_zeroNewObjectId_deletesRef() {
        Commit base = push(MAIN, ObjectId.ZERO, new Change.Add("/a.txt", bytes("1")));
        Refs.update(repo, List.of(new Refs.Update("refs/tags/t", ObjectId.ZERO, base.id())), USER);

        List<Refs.Result> results = Refs.update(repo, List.of(new Refs.Update("refs/tags/t", base.id(),
                ObjectId.ZERO)), USER);

        assertThat(results.get(0).success()).isTrue();
        assertThat(repo.ref("refs/tags/t")).isEmpty();
    }

    @Test
    void refsUpdate_nameConflictingWithFolder_rejected() {
        Commit base = push(MAIN, ObjectId.ZERO, new Change.Add("/a.txt", bytes("1")));

        List<Refs.Result> results = Refs.update(repo, List.of(new Refs.Update("refs/heads/main/x", ObjectId.ZERO,
                base.id())), USER);

        assertThat(results.get(0).updateStatus()).isEqualTo("refNameConflict");
    }

    private Commit push(String ref, ObjectId old, Change... changes) {
        var request = new PushRequest(List.of(new PushRequest.RefUpdate(ref, old)),
                List.of(new PushRequest.NewCommit("change", null, null, null, List.of(changes))));
        return pusher.push(repo, request, USER, ADA).commits().get(0);
    }

    private ObjectId head(String ref) {
        return repo.ref(ref).orElseThrow().objectId();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
