package ado.model.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.ApiCall;
import ado.emulator.AdoEmulator;
import ado.model.core.TeamMember;
import ado.model.core.Teams;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The query and body parameters of #17 on pull requests and refs, each sent and honoured by the emulator. */
class PullRequestParametersTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";
    private static final String LOGIN = "refs/heads/feature/login";
    private static final String MAIN = "refs/heads/main";
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

    private AdoEmulator emulator;
    private ApiCall project;
    private ApiCall repo;
    private UUID alan;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.builder().clock(T0).start();
        project = emulator.client().api().project(PROJECT);
        repo = project.repository(emulator.git().repositoryId(PROJECT, PROJECT));
        List<TeamMember> members = Teams.members(emulator.client().api(), PROJECT, "Quality assurance");
        alan = members.stream().filter(m -> m.identity().displayName().equals("Alan Turing")).findFirst()
                .orElseThrow().identity().id();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private String head(String branch) {
        return Refs.find(repo, branch).orElseThrow().objectId();
    }

    @Test
    void list_timeRange_onCreationAndClosingDates() {
        GitPullRequest early = PullRequests.create(repo, PullRequestCreate.builder(LOGIN, MAIN, "Early").build());
        emulator.clock().advance(Duration.ofHours(2));
        Refs.update(repo, List.of(GitRefUpdate.create("refs/heads/topic", head(LOGIN))));
        PullRequests.create(repo, PullRequestCreate.builder("refs/heads/topic", MAIN, "Late").build());
        emulator.clock().advance(Duration.ofHours(2));
        PullRequests.update(repo, early.pullRequestId(), PullRequestUpdate.builder()
                .status(PullRequestStatus.ABANDONED).build());
        PullRequestSearchCriteria all = PullRequestSearchCriteria.ACTIVE.withStatus(PullRequestStatus.ALL);

        assertThat(PullRequests.list(repo, all.withTimeRange(null, T0.plus(Duration.ofHours(1)), null)))
                .extracting(GitPullRequest::title).containsExactly("Late");
        assertThat(PullRequests.list(repo, all.withTimeRange(PullRequestTimeRangeType.CREATED, null,
                T0.plus(Duration.ofHours(1))))).extracting(GitPullRequest::title).containsExactly("Early");
        assertThat(PullRequests.listInProject(project, all.withTimeRange(PullRequestTimeRangeType.CLOSED,
                T0.plus(Duration.ofHours(3)), T0.plus(Duration.ofHours(5))))).extracting(GitPullRequest::title)
                .containsExactly("Early");
        assertThat(emulator.requests().matching("GET", "/pullrequests")).last().satisfies(r ->
                assertThat(r.query()).contains("searchCriteria.minTime=2024-05-01T13")
                        .contains("searchCriteria.maxTime=").contains("searchCriteria.queryTimeRangeType=closed"));
    }

    @Test
    void criteria_minAfterMax_refusedNamingBoth() {
        assertThatThrownBy(() -> PullRequestSearchCriteria.ACTIVE.withTimeRange(null, T0.plusSeconds(1), T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minTime")
                .hasMessageContaining("maxTime");
    }

    @Test
    void criteria_otherWithers_keepTheTimeRange() {
        PullRequestSearchCriteria c = PullRequestSearchCriteria.ACTIVE
                .withTimeRange(PullRequestTimeRangeType.CLOSED, T0, null).withTarget(MAIN).withCreator(alan);

        assertThat(c.minTime()).isEqualTo(T0);
        assertThat(c.timeRangeType()).isEqualTo(PullRequestTimeRangeType.CLOSED);
        assertThat(c.query()).containsEntry("searchCriteria.minTime", "2024-05-01T10:00:00Z")
                .doesNotContainKey("searchCriteria.maxTime");
    }

    @Test
    void vote_reapprove_isSentAndEchoed() {
        GitPullRequest pr = PullRequests.create(repo, PullRequestCreate.builder(LOGIN, MAIN, "Login").build());

        IdentityRefWithVote first = PullRequestReviewers.vote(repo, pr.pullRequestId(), alan, 10);
        IdentityRefWithVote again = PullRequestReviewers.vote(repo, pr.pullRequestId(), alan, 10, true);

        assertThat(first.isReapprove()).isFalse();
        assertThat(again.isReapprove()).isTrue();
        assertThat(again.vote()).isEqualTo(10);
        assertThat(emulator.requests().matching("PUT", "/reviewers/" + alan)).last()
                .satisfies(r -> assertThat(r.bodyText()).contains("\"isReapprove\":true"));
        assertThatThrownBy(() -> PullRequestReviewers.vote(repo, pr.pullRequestId(), alan, 3, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vote");
    }

    @Test
    void refs_filterContains_matchesInsideTheNameIgnoringCase() {
        Refs.update(repo, List.of(GitRefUpdate.create("refs/heads/release/Login-v2", head(MAIN)),
                GitRefUpdate.create("refs/heads/hotfix", head(MAIN))));

        assertThat(Refs.list(repo, "heads/", "login")).extracting(GitRef::name)
                .containsExactlyInAnyOrder(LOGIN, "refs/heads/release/Login-v2");
        assertThat(Refs.list(repo, "tags/", "login")).isEmpty();
        assertThat(emulator.requests().matching("GET", "/refs")).last()
                .satisfies(r -> assertThat(r.query()).contains("filterContains=login"));
        assertThatThrownBy(() -> Refs.list(repo, null, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contains");
    }

    @Test
    void threads_fileLineAndIterationContextAndStatus_areSentAndKept() {
        GitPullRequest pr = PullRequests.create(repo, PullRequestCreate.builder(LOGIN, MAIN, "Login").build());
        var anchor = new PullRequestThreads.Anchor(new CommentThreadContext("/login.html",
                new CommentThreadContext.Position(3, 1), new CommentThreadContext.Position(4, 7),
                new CommentThreadContext.Position(5, 2), new CommentThreadContext.Position(9, 12)),
                PullRequestThreadContext.iterations(1, 1));

        GitPullRequestCommentThread created = PullRequestThreads.create(repo, pr.pullRequestId(), "Why?",
                CommentThreadStatus.BY_DESIGN, anchor);
        GitPullRequestCommentThread read = PullRequestThreads.get(repo, pr.pullRequestId(), created.id());
        GitPullRequestCommentThread plain = PullRequestThreads.create(repo, pr.pullRequestId(), "Overall",
                CommentThreadStatus.PENDING, PullRequestThreads.Anchor.NONE);

        assertThat(read.status()).isEqualTo(CommentThreadStatus.BY_DESIGN);
        var file = (ado.core.json.JsonObject) read.threadContext();
        assertThat(file.string("filePath")).contains("/login.html");
        assertThat(((ado.core.json.JsonObject) file.get("rightFileEnd")).toJson()).contains("\"line\":9")
                .contains("\"offset\":12");
        assertThat(((ado.core.json.JsonObject) file.get("leftFileStart")).toJson()).contains("\"line\":3");
        assertThat(((ado.core.json.JsonObject) read.pullRequestThreadContext()).toJson())
                .contains("\"firstComparingIteration\":1").contains("\"secondComparingIteration\":1");
        assertThat(plain.status()).isEqualTo(CommentThreadStatus.PENDING);
        assertThat(plain.threadContext()).satisfiesAnyOf(c -> assertThat(c).isNull(),
                c -> assertThat(c).isEqualTo(ado.core.json.JsonNull.INSTANCE));
    }

    @Test
    void threadContext_badInput_refusedNamingTheField() {
        assertThatThrownBy(() -> CommentThreadContext.right("login.html", 1, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("filePath");
        assertThatThrownBy(() -> CommentThreadContext.left("/a", 5, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("endLine");
        assertThatThrownBy(() -> new CommentThreadContext("/a", new CommentThreadContext.Position(1, 1), null,
                null, null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leftFileEnd");
        assertThatThrownBy(() -> PullRequestThreadContext.iterations(2, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("secondComparingIteration");
        assertThatThrownBy(() -> PullRequestThreads.create(repo, 1, "x", CommentThreadStatus.UNKNOWN,
                PullRequestThreads.Anchor.NONE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("status");
        assertThat(CommentThreadContext.right("/a", 2, 3).rightFileStart())
                .isEqualTo(new CommentThreadContext.Position(2, 1));
    }
}
