package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoNotFoundException;
import ado.emulator.AdoEmulator;
import ado.model.git.GitPullRequestCompletionOptions;
import ado.model.git.GitPullRequestMergeStrategy;
import ado.model.git.PullRequestAsyncStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The merge feasibility check before completing: {@link PullRequest#checkMerge} and {@link RepositoryOperations#checkMerge}. */
@Timeout(90)
class MergeCheckTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";

    private AdoEmulator emulator;
    private Repository repo;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.builder().clock(Instant.parse("2024-05-01T10:00:00Z")).start();
        repo = AzureDevOpsService.of(emulator.client()).organization().project(PROJECT).repository(PROJECT);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private String head(String branch) {
        return repo.branch(branch).head().orElseThrow().id();
    }

    @Test
    void checkMerge_cleanPullRequest_mergeableAndNoBranchMoves() {
        PullRequest pr = repo.createPullRequest("Login", "feature/login", "main", null);
        String main = head("main");
        String login = head("feature/login");

        MergeCheck check = pr.checkMerge(Duration.ofSeconds(5));

        assertThat(check.outcome()).isEqualTo(MergeCheck.Outcome.MERGEABLE);
        assertThat(check.isMergeable()).isTrue();
        assertThat(check.targetCommitId()).isEqualTo(main);
        assertThat(check.sourceCommitId()).isEqualTo(login);
        String merged = check.mergeCommitId().orElseThrow();
        assertThat(repo.commit(merged).parents()).extracting(Commit::id).containsExactly(main, login);
        assertThat(check.failureMessage()).isEmpty();
        assertThat(head("main")).isEqualTo(main);
        assertThat(head("feature/login")).isEqualTo(login);
        assertThat(pr.mergeStatus()).contains(PullRequestAsyncStatus.SUCCEEDED);
        assertThat(pr.complete(GitPullRequestCompletionOptions.of(GitPullRequestMergeStrategy.NO_FAST_FORWARD,
                false)).status()).isEqualTo(ado.model.git.PullRequestStatus.COMPLETED);
    }

    @Test
    void checkMerge_conflictingPullRequest_notMergeableNamingTheFile() {
        repo.createBranch("side", "main");
        repo.commit("side", "Side edit", List.of(EditFile.of("/README.md", "side\n")));
        PullRequest pr = repo.createPullRequest("Side", "side", "main", null);
        repo.commit("main", "Main edit", List.of(EditFile.of("/README.md", "main\n")));

        MergeCheck check = pr.checkMerge(Duration.ofSeconds(5));

        assertThat(check.outcome()).isEqualTo(MergeCheck.Outcome.NOT_MERGEABLE);
        assertThat(check.isMergeable()).isFalse();
        assertThat(check.mergeCommitId()).isEmpty();
        assertThat(check.failureMessage()).hasValueSatisfying(m -> assertThat(m).contains("README.md"));
        assertThat(check.toString()).contains("NOT_MERGEABLE", "README.md");
    }

    @Test
    void checkMerge_clockFrozenWithSlowMerges_undecidedWithinTheBound() {
        emulator.git().operationDuration(Duration.ofMinutes(1));
        PullRequest pr = repo.createPullRequest("Login", "feature/login", "main", null);

        long started = System.nanoTime();
        MergeCheck check = pr.checkMerge(Duration.ofMillis(800));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(check.outcome()).isEqualTo(MergeCheck.Outcome.UNDECIDED);
        assertThat(check.mergeCommitId()).isEmpty();
        assertThat(took).isLessThan(Duration.ofSeconds(10));
        assertThat(emulator.requests().count("GET", "/merges/" + check.merge().mergeOperationId()))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void checkMerge_slowMergeThatEndsInTime_decided() {
        emulator.git().operationDuration(Duration.ofSeconds(1));
        PullRequest pr = repo.createPullRequest("Login", "feature/login", "main", null);
        Thread ticker = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
            emulator.clock().advance(Duration.ofSeconds(2));
        });
        ticker.start();

        MergeCheck check = pr.checkMerge(Duration.ofSeconds(20));

        assertThat(check.outcome()).isEqualTo(MergeCheck.Outcome.MERGEABLE);
    }

    @Test
    void checkMerge_abandonedPullRequest_illegalState() {
        PullRequest pr = repo.createPullRequest("Login", "feature/login", "main", null).abandon();

        assertThatThrownBy(() -> pr.checkMerge(Duration.ofSeconds(5))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ABANDONED");
    }

    @Test
    void checkMerge_badTimeout_namesItAndSendsNothing() {
        PullRequest pr = repo.createPullRequest("Login", "feature/login", "main", null);
        long before = emulator.requests().total();

        assertThatThrownBy(() -> pr.checkMerge(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("timeout");
        assertThatThrownBy(() -> pr.checkMerge(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("timeout");
        assertThat(emulator.requests().total()).isEqualTo(before);
    }

    @Test
    void repositoryCheckMerge_branchesAndCommits_mergeableAndMissingBranchNotFound() {
        MergeCheck byName = repo.operations().checkMerge("main", "feature/login", Duration.ofSeconds(5));
        MergeCheck byId = repo.operations().checkMerge(head("main"), head("feature/login"), Duration.ofSeconds(5));

        assertThat(byName.isMergeable()).isTrue();
        assertThat(byId.isMergeable()).isTrue();
        assertThat(byId.sourceCommitId()).isEqualTo(byName.sourceCommitId());
        assertThatThrownBy(() -> repo.operations().checkMerge("main", "no-such-branch", Duration.ofSeconds(5)))
                .isInstanceOf(AdoNotFoundException.class).hasMessageContaining("no-such-branch");
    }
}
