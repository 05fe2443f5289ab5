package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.AdoEmulator;
import ado.emulator.RecordedRequest;
import ado.model.git.CommentThreadContext;
import ado.model.git.CommentThreadStatus;
import ado.model.git.GitPullRequestChange;
import ado.model.git.GitPullRequestCommentThread;
import ado.model.git.PullRequestThreadContext;
import ado.model.git.PullRequestThreads;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Comments anchored to a file and line range ({@code threadContext}) in an iteration context
 * ({@code pullRequestThreadContext}): {@link PullRequest#comment(String, CommentThreadContext)} and
 * {@link PullRequest#comment(String, CommentThreadStatus, PullRequestThreads.Anchor)}. The wire JSON is compared
 * with the shape of the 7.1 spec (and Microsoft's example "comment on a specific file in the pull request").
 */
@Timeout(60)
class PullRequestAnchoredCommentTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";

    private AdoEmulator emulator;
    private Repository repo;
    private PullRequest pr;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.start();
        repo = AzureDevOpsService.of(emulator.client()).organization().project(PROJECT).repository(PROJECT);
        repo.createBranch("feature/anchor", "main");
        repo.commit("feature/anchor", "Add a note", List.of(AddFile.of("/note.txt", "one\ntwo\nthree\n")));
        pr = repo.createPullRequest("Anchored", "feature/anchor", "main", null);
        repo.commit("feature/anchor", "Add a second note", List.of(AddFile.of("/other.txt", "other\n")));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private JsonObject lastThreadBody() {
        List<RecordedRequest> posts = emulator.requests().matching("POST", "/threads");
        return (JsonObject) JsonValue.parse(posts.get(posts.size() - 1).bodyText());
    }

    private static JsonObject position(int line, int offset) {
        return JsonObject.builder().put("line", line).put("offset", offset).build();
    }

    @Test
    void comment_rightLines_wireHasThreadContextAndLatestIterationWithTrackingId() {
        int latest = pr.iterations().size();
        int tracking = pr.changes().stream().filter(c -> c.item().path().equals("/note.txt"))
                .mapToInt(GitPullRequestChange::changeTrackingId).findFirst().orElseThrow();

        GitPullRequestCommentThread thread = pr.comment("Why three lines?",
                CommentThreadContext.right("/note.txt", 2, 3));

        JsonObject body = lastThreadBody();
        JsonObject threadContext = JsonObject.builder().put("filePath", "/note.txt")
                .put("rightFileStart", position(2, 1)).put("rightFileEnd", position(3, 1)).build();
        JsonObject prContext = JsonObject.builder().put("iterationContext", JsonObject.builder()
                .put("firstComparingIteration", 1).put("secondComparingIteration", latest).build())
                .put("changeTrackingId", tracking).build();
        assertThat(latest).isEqualTo(2);
        assertThat(body.get("threadContext")).isEqualTo(threadContext);
        assertThat(body.get("pullRequestThreadContext")).isEqualTo(prContext);
        assertThat(body.string("status")).contains("active");
        assertThat(thread.threadContext()).isEqualTo(threadContext);
        assertThat(pr.thread(thread.id()).pullRequestThreadContext()).isEqualTo(prContext);
        assertThat(thread.comments()).extracting(c -> c.content()).containsExactly("Why three lines?");
    }

    @Test
    void comment_leftLines_onlyLeftSideSent() {
        pr.comment("Was this here before?", CommentThreadContext.left("/README.md", 1, 1));

        JsonObject context = (JsonObject) lastThreadBody().get("threadContext");
        assertThat(context.members().keySet()).containsExactlyInAnyOrder("filePath", "leftFileStart", "leftFileEnd");
        assertThat(context.get("leftFileStart")).isEqualTo(position(1, 1));
    }

    @Test
    void comment_fileNotChanged_noTrackingIdButIterations() {
        pr.comment("Unchanged file", CommentThreadContext.right("/README.md", 1, 1));

        JsonObject prContext = (JsonObject) lastThreadBody().get("pullRequestThreadContext");
        assertThat(prContext.has("changeTrackingId")).isFalse();
        assertThat(prContext.has("iterationContext")).isTrue();
    }

    @Test
    void comment_anchorAndStatus_sentAsGiven() {
        var file = new CommentThreadContext("/note.txt", new CommentThreadContext.Position(1, 1),
                new CommentThreadContext.Position(1, 4), new CommentThreadContext.Position(2, 1),
                new CommentThreadContext.Position(2, 4));

        GitPullRequestCommentThread thread = pr.comment("A note for the record", CommentThreadStatus.CLOSED,
                new PullRequestThreads.Anchor(file, PullRequestThreadContext.iterations(1, 1)));

        JsonObject body = lastThreadBody();
        assertThat(body.string("status")).contains("closed");
        assertThat(((JsonObject) body.get("threadContext")).members().keySet()).containsExactlyInAnyOrder(
                "filePath", "leftFileStart", "leftFileEnd", "rightFileStart", "rightFileEnd");
        assertThat(((JsonObject) body.get("threadContext")).get("rightFileEnd")).isEqualTo(position(2, 4));
        assertThat(body.get("pullRequestThreadContext")).isEqualTo(JsonObject.builder().put("iterationContext",
                JsonObject.builder().put("firstComparingIteration", 1).put("secondComparingIteration", 1).build())
                .build());
        assertThat(thread.status()).isEqualTo(CommentThreadStatus.CLOSED);
    }

    @Test
    void comment_anchorNone_wholePullRequest() {
        pr.comment("General remark", CommentThreadStatus.ACTIVE, PullRequestThreads.Anchor.NONE);

        JsonObject body = lastThreadBody();
        assertThat(body.has("threadContext")).isFalse();
        assertThat(body.has("pullRequestThreadContext")).isFalse();
    }

    @Test
    void comment_badInput_namesParameterAndSendsNothing() {
        long before = emulator.requests().total();

        assertThatThrownBy(() -> pr.comment("  ", CommentThreadContext.right("/note.txt", 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text");
        assertThatThrownBy(() -> pr.comment(null, CommentThreadContext.right("/note.txt", 1, 1)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("text");
        assertThatThrownBy(() -> pr.comment("x", (CommentThreadContext) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("where");
        assertThatThrownBy(() -> pr.comment("x", CommentThreadStatus.UNKNOWN, PullRequestThreads.Anchor.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UNKNOWN");
        assertThatThrownBy(() -> pr.comment("x", CommentThreadStatus.ACTIVE, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("anchor");
        assertThat(emulator.requests().total()).isEqualTo(before);
    }
}
