package ado.model.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.ApiCall;
import ado.core.error.AdoNotFoundException;
import ado.emulator.AdoEmulator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GitOperationsTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";

    private AdoEmulator emulator;
    private ApiCall repo;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.start();
        repo = emulator.client().api().project(PROJECT).repository(emulator.git().repositoryId(PROJECT, PROJECT));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private String head(String branch) {
        return Refs.branch(repo, branch).orElseThrow().objectId();
    }

    @Test
    void merge_mainAndLogin_completedAndGettable() {
        GitMerge merge = GitOperations.merge(repo, head("main"), head("feature/login"), "merge");

        assertThat(merge.status()).isEqualTo(GitAsyncOperationStatus.COMPLETED);
        assertThat(Commits.get(repo, merge.detailedStatus().mergeCommitId()).parents())
                .containsExactly(head("main"), head("feature/login"));
        assertThat(GitOperations.merge(repo, merge.mergeOperationId())).isEqualTo(merge);
    }

    @Test
    void cherryPick_loginCommit_newBranchAtCurrentCommit() {
        GitAsyncRefOperation pick = GitOperations.cherryPick(repo, "refs/heads/main", "refs/heads/picked",
                List.of(head("feature/login")));

        assertThat(pick.status()).isEqualTo(GitAsyncOperationStatus.COMPLETED);
        assertThat(pick.detailedStatus().currentCommitId()).isEqualTo(head("picked"));
        assertThat(GitOperations.cherryPick(repo, pick.id()).cherryPickId()).isEqualTo(pick.id());
    }

    @Test
    void cherryPickPullRequest_completedPullRequest_itsChangesOnANewBranchFromRelease() {
        Refs.update(repo, List.of(GitRefUpdate.create("refs/heads/release", head("main"))));
        GitPullRequest pr = PullRequests.create(repo, PullRequestCreate.builder("refs/heads/feature/login",
                "refs/heads/main", "Login").build());
        PullRequests.update(repo, pr.pullRequestId(), PullRequestUpdate.builder().status(PullRequestStatus.COMPLETED)
                .completionOptions(GitPullRequestCompletionOptions.of(GitPullRequestMergeStrategy.SQUASH, false))
                .build());
        String release = head("release");

        GitAsyncRefOperation pick = GitOperations.cherryPickPullRequest(repo, "refs/heads/release",
                "refs/heads/picked-pr", pr.pullRequestId());

        assertThat(pick.status()).isEqualTo(GitAsyncOperationStatus.COMPLETED);
        assertThat(pick.cherryPickId()).isNotNull();
        assertThat(pick.detailedStatus().currentCommitId()).isEqualTo(head("picked-pr"));
        assertThat(Commits.get(repo, head("picked-pr")).parents()).containsExactly(release);
        assertThat(head("release")).isEqualTo(release);
        assertThat(emulator.requests().matching("POST", "/cherryPicks")).singleElement()
                .satisfies(r -> assertThat(r.bodyText()).contains("pullRequestId"));
    }

    @Test
    void revertPullRequest_completedSquash_removesItsFile() {
        GitPullRequest pr = PullRequests.create(repo, PullRequestCreate.builder("refs/heads/feature/login",
                "refs/heads/main", "Login").build());
        PullRequests.update(repo, pr.pullRequestId(), PullRequestUpdate.builder().status(PullRequestStatus.COMPLETED)
                .completionOptions(GitPullRequestCompletionOptions.of(GitPullRequestMergeStrategy.SQUASH, false))
                .build());

        GitAsyncRefOperation revert = GitOperations.revertPullRequest(repo, "refs/heads/main", "refs/heads/undo",
                pr.pullRequestId());

        assertThat(revert.status()).isEqualTo(GitAsyncOperationStatus.COMPLETED);
        assertThat(revert.revertId()).isNotNull();
        assertThat(GitOperations.revert(repo, revert.id()).detailedStatus().currentCommitId())
                .isEqualTo(head("undo"));
    }

    @Test
    void cherryPick_generatedRefExists_failedWithMessage() {
        GitAsyncRefOperation pick = GitOperations.cherryPick(repo, "refs/heads/main", "refs/heads/feature/login",
                List.of(head("feature/login")));

        assertThat(pick.status()).isEqualTo(GitAsyncOperationStatus.FAILED);
        assertThat(pick.detailedStatus().failureMessage()).contains("exists");
    }

    @Test
    void merge_unknownOperation_notFound() {
        assertThatThrownBy(() -> GitOperations.merge(repo, 42)).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void cherryPick_emptyCommitList_rejectedBeforeSending() {
        assertThatThrownBy(() -> GitOperations.cherryPick(repo, "refs/heads/main", "refs/heads/x", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("commitIds");
    }

    @Test
    void revert_shortRefName_rejected() {
        assertThatThrownBy(() -> GitOperations.revert(repo, "main", "refs/heads/x", List.of(head("main"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ontoRefName");
    }

    @Test
    void asyncRefOperation_bothIds_rejected() {
        assertThatThrownBy(() -> new GitAsyncRefOperation(1, 2, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cherryPickId");
    }

    @Test
    void cherryPickForRef_generatedRef_theOperation() {
        GitAsyncRefOperation pick = GitOperations.cherryPick(repo, "refs/heads/main", "refs/heads/picked",
                List.of(head("feature/login")));

        GitAsyncRefOperation found = GitOperations.cherryPickForRef(repo, "refs/heads/picked");

        assertThat(found.cherryPickId()).isEqualTo(pick.id());
        assertThat(found.status()).isEqualTo(GitAsyncOperationStatus.COMPLETED);
        assertThatThrownBy(() -> GitOperations.cherryPickForRef(repo, "refs/heads/other"))
                .isInstanceOf(AdoNotFoundException.class);
        assertThatThrownBy(() -> GitOperations.revertForRef(repo, "refs/heads/picked"))
                .isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void revertForRef_generatedRef_theOperationAndBadNameRefused() {
        GitAsyncRefOperation revert = GitOperations.revert(repo, "refs/heads/main", "refs/heads/undone",
                List.of(head("main")));

        assertThat(GitOperations.revertForRef(repo, "refs/heads/undone").revertId()).isEqualTo(revert.id());
        assertThatThrownBy(() -> GitOperations.revertForRef(repo, "main"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("generatedRefName");
    }
}
