package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoBadRequestException;
import ado.core.error.AdoNotFoundException;
import ado.core.error.AdoTransportException;
import ado.emulator.AdoEmulator;
import ado.model.git.GitAsyncOperationStatus;
import ado.model.git.GitAsyncRefOperationFailureStatus;
import ado.model.git.GitPullRequestCompletionOptions;
import ado.model.git.GitPullRequestMergeStrategy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Cherry-picks and reverts as {@link RefOperation} objects (start, poll within a bound, the created branch, a
 * conflict's typed detail, an answer lost on the way), from {@link RepositoryOperations} and {@link PullRequest}.
 */
@Timeout(90)
class RefOperationTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";
    private static final Instant START = Instant.parse("2024-05-01T10:00:00Z");

    private AdoEmulator emulator;
    private Repository repo;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.builder().clock(START).start();
        repo = AzureDevOpsService.of(emulator.client()).organization().project(PROJECT).repository(PROJECT);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private String head(String branch) {
        return repo.branch(branch).head().orElseThrow().id();
    }

    /** Makes {@code side} and {@code main} change README.md differently; {@return side's head} */
    private String conflictingSide() {
        repo.createBranch("side", "main");
        repo.commit("side", "Side edit", List.of(EditFile.of("/README.md", "side\n")));
        repo.commit("main", "Main edit", List.of(EditFile.of("/README.md", "main\n")));
        return head("side");
    }

    @Test
    void cherryPick_commitOntoMain_completedWithTheCreatedBranch() {
        String login = head("feature/login");

        RefOperation pick = repo.operations().cherryPick("main", "hotfix/login", List.of(login));

        assertThat(pick.kind()).isEqualTo(RefOperation.Kind.CHERRY_PICK);
        assertThat(pick.waitForCompletion(Duration.ofSeconds(5))).isTrue();
        assertThat(pick.status()).isEqualTo(GitAsyncOperationStatus.COMPLETED);
        assertThat(pick.succeeded()).isTrue();
        assertThat(pick.conflict()).isFalse();
        assertThat(pick.ontoRefName()).isEqualTo("refs/heads/main");
        assertThat(pick.generatedRefName()).isEqualTo("refs/heads/hotfix/login");
        Branch created = pick.createdBranch().orElseThrow();
        assertThat(created.fullName()).isEqualTo("refs/heads/hotfix/login");
        assertThat(created.file("/src/app/Login.java")).isPresent();
        assertThat(created.head().orElseThrow().id()).isEqualTo(pick.info().detailedStatus().currentCommitId());
        assertThat(repo.operations().cherryPick(pick.id())).isSameAs(pick);
        assertThat(repo.operations().cherryPickOf("hotfix/login")).containsSame(pick);
        assertThat(pick.repository()).isSameAs(repo);
        assertThat(pick.toString()).contains("cherry-pick", String.valueOf(pick.id()), "COMPLETED");
    }

    @Test
    void cherryPick_conflict_failedWithTypedDetailAndNoBranch() {
        String side = conflictingSide();

        RefOperation pick = repo.operations().cherryPick("main", "picked", List.of(side));

        assertThat(pick.waitForCompletion(Duration.ofSeconds(5))).isTrue();
        assertThat(pick.status()).isEqualTo(GitAsyncOperationStatus.FAILED);
        assertThat(pick.succeeded()).isFalse();
        assertThat(pick.conflict()).isTrue();
        assertThat(pick.failureMessage()).hasValueSatisfying(m -> assertThat(m).contains("README.md"));
        assertThat(pick.createdBranch()).isEmpty();
        assertThat(repo.branch("picked").exists()).isFalse();
    }

    @Test
    void revert_headOfMain_branchUndoesIt() {
        String main = head("main");

        RefOperation revert = repo.operations().revert("main", "undo-greeting", List.of(main));

        assertThat(revert.waitForCompletion(Duration.ofSeconds(5))).isTrue();
        assertThat(revert.kind()).isEqualTo(RefOperation.Kind.REVERT);
        Branch undone = revert.createdBranch().orElseThrow();
        assertThat(undone.head().orElseThrow().message()).startsWith("Revert");
        assertThat(repo.operations().revert(revert.id())).isSameAs(revert);
        assertThat(repo.operations().revertOf("undo-greeting")).containsSame(revert);
        assertThat(repo.operations().cherryPickOf("undo-greeting")).isEmpty();
    }

    @Test
    void pullRequest_cherryPickAndRevertOfCompleted_createdBranches() {
        repo.createBranch("release", "main");
        PullRequest pr = repo.createPullRequest("Login", "feature/login", "main", null);
        pr.complete(GitPullRequestCompletionOptions.of(GitPullRequestMergeStrategy.SQUASH, false));

        RefOperation pick = pr.cherryPick("release", "release-login");
        RefOperation revert = pr.revert("revert-login");

        assertThat(pick.waitForCompletion(Duration.ofSeconds(5)) && pick.succeeded()).isTrue();
        assertThat(pick.createdBranch().orElseThrow().file("/src/app/Login.java")).isPresent();
        assertThat(revert.waitForCompletion(Duration.ofSeconds(5)) && revert.succeeded()).isTrue();
        assertThat(revert.ontoRefName()).isEqualTo("refs/heads/main");
        assertThat(revert.createdBranch().orElseThrow().file("/src/app/Login.java")).isEmpty();
    }

    @Test
    void pullRequest_cherryPickOfActive_badRequest() {
        PullRequest pr = repo.createPullRequest("Login", "feature/login", "main", null);

        assertThatThrownBy(() -> pr.cherryPick("main", "too-early")).isInstanceOf(AdoBadRequestException.class);
    }

    @Test
    void waitForCompletion_clockFrozen_falseWithinTheBound() {
        emulator.git().operationDuration(Duration.ofSeconds(10));
        RefOperation pick = repo.operations().cherryPick("main", "slow", List.of(head("feature/login")));

        long started = System.nanoTime();
        boolean done = pick.waitForCompletion(Duration.ofMillis(300), Duration.ofMillis(50));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(done).isFalse();
        assertThat(took).isLessThan(Duration.ofSeconds(5));
        assertThat(pick.status()).isEqualTo(GitAsyncOperationStatus.QUEUED);
        assertThat(pick.isDone()).isFalse();
        assertThat(pick.createdBranch()).isEmpty();
        assertThat(emulator.requests().count("GET", "/cherryPicks/" + pick.id())).isGreaterThanOrEqualTo(2);
    }

    @Test
    void waitForCompletion_clockMoving_polledUntilCompleted() throws InterruptedException {
        emulator.git().operationDuration(Duration.ofSeconds(10));
        RefOperation pick = repo.operations().cherryPick("main", "moving", List.of(head("feature/login")));
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        try {
            ticker.scheduleAtFixedRate(() -> emulator.clock().advance(Duration.ofSeconds(1)), 20, 20,
                    TimeUnit.MILLISECONDS);

            assertThat(pick.waitForCompletion(Duration.ofSeconds(30), Duration.ofMillis(20))).isTrue();
        } finally {
            ticker.shutdownNow();
            ticker.awaitTermination(5, TimeUnit.SECONDS);
        }
        assertThat(pick.succeeded()).isTrue();
        assertThat(pick.createdBranch().orElseThrow().exists()).isTrue();
        assertThat(pick.progress()).contains(1.0);
    }

    @Test
    void waitForCompletion_ontoDeletedMeanwhile_failedTargetBranchDeleted() {
        emulator.git().operationDuration(Duration.ofSeconds(10));
        repo.createBranch("short-lived", "main");
        RefOperation pick = repo.operations().cherryPick("short-lived", "late", List.of(head("feature/login")));
        repo.deleteBranch("short-lived");
        emulator.clock().advance(Duration.ofSeconds(10));

        assertThat(pick.waitForCompletion(Duration.ofSeconds(5))).isTrue();
        assertThat(pick.status()).isEqualTo(GitAsyncOperationStatus.FAILED);
        assertThat(pick.failureStatus()).contains(GitAsyncRefOperationFailureStatus.TARGET_BRANCH_DELETED);
        assertThat(pick.conflict()).isFalse();
    }

    @Test
    void waitForCompletion_interrupted_transportExceptionAndFlagKept() {
        emulator.git().operationDuration(Duration.ofSeconds(10));
        RefOperation pick = repo.operations().cherryPick("main", "interrupted", List.of(head("feature/login")));

        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> pick.waitForCompletion(Duration.ofSeconds(30), Duration.ofMillis(50)))
                    .isInstanceOf(AdoTransportException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void waitForCompletion_badBounds_namesThem() {
        RefOperation pick = repo.operations().cherryPick("main", "bounds", List.of(head("feature/login")));

        assertThatThrownBy(() -> pick.waitForCompletion(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
        assertThatThrownBy(() -> pick.waitForCompletion(Duration.ofSeconds(1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pollInterval");
        assertThatThrownBy(() -> pick.waitForCompletion(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("timeout");
    }

    @Test
    void cherryPick_badInput_namesParameterAndSendsNothing() {
        long before = emulator.requests().total();

        assertThatThrownBy(() -> repo.operations().cherryPick("main", "x", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("commitIds");
        assertThatThrownBy(() -> repo.operations().cherryPick("main", "x", List.of("HEAD")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("commitId");
        assertThatThrownBy(() -> repo.operations().revert(null, "x", List.of(head("main"))))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("onto");
        long afterHead = emulator.requests().total();
        assertThatThrownBy(() -> repo.operations().cherryPick(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id");
        assertThat(emulator.requests().total()).isEqualTo(afterHead);
        assertThat(afterHead - before).isEqualTo(1);   // the head() read only
    }

    @Test
    void cherryPick_missingCommit_notFound() {
        assertThatThrownBy(() -> repo.operations().cherryPick("main", "x", List.of("1".repeat(40))))
                .isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void cherryPick_answerLostAfterApply_foundByItsBranchNotResent() {
        String login = head("feature/login");
        emulator.faults().on("POST", "/cherryPicks").once().resetAfterApply();

        RefOperation pick = repo.operations().cherryPick("main", "lost", List.of(login));

        assertThat(emulator.requests().count("POST", "/cherryPicks")).isEqualTo(1);
        assertThat(pick.waitForCompletion(Duration.ofSeconds(5)) && pick.succeeded()).isTrue();
        assertThat(pick.createdBranch().orElseThrow().exists()).isTrue();
    }

    @Test
    void revert_answerLostBeforeApply_resentOnce() {
        String main = head("main");
        emulator.faults().on("POST", "/reverts").once().resetAfterRead();

        RefOperation revert = repo.operations().revert("main", "resent", List.of(main));

        assertThat(emulator.requests().count("POST", "/reverts")).isEqualTo(2);
        assertThat(revert.waitForCompletion(Duration.ofSeconds(5)) && revert.succeeded()).isTrue();
    }

    @Test
    void cherryPick_answerLostTwice_throwsAfterTwoTries() {
        String login = head("feature/login");
        emulator.faults().on("POST", "/cherryPicks").times(2).resetAfterRead();

        assertThatThrownBy(() -> repo.operations().cherryPick("main", "never", List.of(login)))
                .isInstanceOf(AdoTransportException.class);
        assertThat(emulator.requests().count("POST", "/cherryPicks")).isEqualTo(2);
        assertThat(repo.operations().cherryPickOf("never")).isEmpty();
    }
}
