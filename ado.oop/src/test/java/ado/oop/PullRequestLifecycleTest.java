package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoBadRequestException;
import ado.core.error.AdoConflictException;
import ado.core.error.AdoNotFoundException;
import ado.emulator.AdoEmulator;
import ado.model.git.GitPullRequestCompletionOptions;
import ado.model.git.GitPullRequestMergeStrategy;
import ado.model.git.GitStatusState;
import ado.model.git.PullRequestSearchCriteria;
import ado.model.git.PullRequestStatus;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PullRequestLifecycleTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";
    private static final GitPullRequestCompletionOptions SQUASH_AND_DELETE =
            GitPullRequestCompletionOptions.of(GitPullRequestMergeStrategy.SQUASH, true);

    private AdoEmulator emulator;
    private AzureDevOpsService service;
    private Repository repo;
    private UUID grace;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.start();
        service = AzureDevOpsService.of(emulator.client());
        Project project = service.organization().project(PROJECT);
        repo = project.repository(PROJECT);
        grace = project.team("Quality assurance").members().stream()
                .filter(m -> m.identity().displayName().equals("Grace Hopper")).findFirst().orElseThrow()
                .identity().id();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private PullRequest openFeature() {
        repo.createBranch("feature/greeting", "main");
        repo.commit("feature/greeting", "Add a greeting", List.of(AddFile.of("/greeting.txt", "hello\n")));
        return repo.createPullRequest("Greeting", "feature/greeting", "refs/heads/main", "Says hello");
    }

    @Test
    void lifecycle_requiredReviewerBlocksThenSquashCompletes() {
        String mainBefore = repo.branch("main").head().orElseThrow().id();
        PullRequest pr = openFeature();
        pr.addReviewer(grace, true);

        assertThatThrownBy(() -> pr.complete(SQUASH_AND_DELETE)).isInstanceOf(AdoConflictException.class);
        assertThat(repo.branch("main").head().orElseThrow().id()).isEqualTo(mainBefore);

        pr.vote(grace, Vote.APPROVED);
        pr.complete(SQUASH_AND_DELETE);

        assertThat(pr.status()).isEqualTo(PullRequestStatus.COMPLETED);
        Commit head = repo.branch("main").head().orElseThrow();
        assertThat(head.parents()).extracting(Commit::id).containsExactly(mainBefore);
        assertThat(head.file("/greeting.txt")).contains("hello\n");
        assertThat(repo.branch("feature/greeting").ref()).isEmpty();
    }

    @Test
    void createPullRequest_shortAndFullBranchNames_sameRefs() {
        PullRequest pr = openFeature();

        assertThat(pr.info().sourceRefName()).isEqualTo("refs/heads/feature/greeting");
        assertThat(pr.info().targetRefName()).isEqualTo("refs/heads/main");
    }

    @Test
    void createPullRequest_branchPrefixOnly_notMatched() {
        openFeature();

        assertThatThrownBy(() -> repo.createPullRequest("x", "feature/greet", "main", null))
                .isInstanceOf(AdoBadRequestException.class);
    }

    @Test
    void pullRequest_sameIdTwice_sameInstanceWithSharedNavigation() {
        PullRequest pr = openFeature();

        assertThat(repo.pullRequest(pr.id())).isSameAs(pr);
        assertThat(pr.repository()).isSameAs(repo);
        assertThat(pr.project()).isSameAs(service.organization().project(PROJECT));
    }

    @Test
    void pullRequests_lazyStream_onlyActiveByDefault() {
        PullRequest pr = openFeature();
        PullRequest login = repo.createPullRequest("Login", "feature/login", "main", null);
        login.abandon();

        assertThat(repo.pullRequests(PullRequestSearchCriteria.ACTIVE)).containsExactly(pr);
        assertThat(repo.pullRequests(PullRequestSearchCriteria.ACTIVE.withStatus(PullRequestStatus.ALL)))
                .containsExactly(login, pr);
    }

    @Test
    void labels_addRemoveList() {
        PullRequest pr = openFeature();

        pr.addLabel("ui");
        pr.addLabel("urgent");
        pr.removeLabel("ui");

        assertThat(pr.labels()).containsExactly("urgent");
    }

    @Test
    void label_onlySpaces_rejectedAndNoLabel() {
        PullRequest pr = openFeature();

        assertThatThrownBy(() -> pr.addLabel("   ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(pr.labels()).isEmpty();
    }

    @Test
    void commentAndStatus_appearInThreadsAndStatuses() {
        PullRequest pr = openFeature();

        var thread = pr.comment("Nice");
        pr.reply(thread.id(), "Thanks");
        pr.setStatus(GitStatusState.SUCCEEDED, "ci", "build", "green");

        assertThat(pr.threads()).singleElement().satisfies(t -> assertThat(t.comments()).hasSize(2));
        assertThat(pr.statuses()).singleElement().satisfies(s -> assertThat(s.description()).isEqualTo("green"));
    }

    @Test
    void linkWorkItem_visibleOnPullRequest() {
        PullRequest pr = openFeature();
        int id = repo.project().createWorkItem("Task", java.util.Map.of("System.Title", "Greet")).id();

        pr.linkWorkItem(id);

        assertThat(pr.workItems()).containsExactly(id);
        assertThat(repo.project().workItem(id).refresh().info().relations()).extracting(
                ado.model.wit.WorkItemRelation::url).containsExactly(pr.info().artifactId());
    }

    @Test
    void setAutoComplete_completesWhenRequiredReviewerApproves() {
        PullRequest pr = openFeature();
        pr.addReviewer(grace, true);

        pr.setAutoComplete(SQUASH_AND_DELETE);
        assertThat(pr.status()).isEqualTo(PullRequestStatus.ACTIVE);
        pr.vote(grace, Vote.APPROVED_WITH_SUGGESTIONS);

        assertThat(pr.refresh().status()).isEqualTo(PullRequestStatus.COMPLETED);
    }

    @Test
    void iterationsChangesCommits_followPushes() {
        PullRequest pr = openFeature();
        repo.commit("feature/greeting", "More", List.of(AddFile.of("/farewell.txt", "bye\n")));

        assertThat(pr.iterations()).hasSize(2);
        assertThat(pr.changes()).extracting(c -> c.item().path()).containsExactly("/farewell.txt", "/greeting.txt");
        assertThat(pr.commits()).extracting(Commit::message).containsExactly("More\n", "Add a greeting\n");
    }

    @Test
    void complete_abandoned_badRequestAndStaysAbandoned() {
        PullRequest pr = openFeature();
        pr.abandon();

        assertThatThrownBy(() -> pr.complete(SQUASH_AND_DELETE)).isInstanceOf(AdoBadRequestException.class)
                .hasMessageContaining("TF401181");
        assertThat(pr.refresh().status()).isEqualTo(PullRequestStatus.ABANDONED);
        assertThat(repo.branch("feature/greeting").ref()).isPresent();
    }

    @Test
    void abandonThenReactivate_active() {
        PullRequest pr = openFeature();

        pr.abandon();
        pr.reactivate();

        assertThat(pr.status()).isEqualTo(PullRequestStatus.ACTIVE);
    }

    @Test
    void pullRequest_unknownId_notFoundOnFirstUse() {
        PullRequest pr = repo.pullRequest(404);

        assertThatThrownBy(pr::info).isInstanceOf(AdoNotFoundException.class).hasMessageContaining("TF401180");
    }

    @Test
    void createPullRequest_unknownRepository_notFound() {
        Repository nowhere = service.organization().project(PROJECT).repository("nope");

        assertThatThrownBy(() -> nowhere.createPullRequest("x", "a", "b", null))
                .isInstanceOf(AdoNotFoundException.class).hasMessageContaining("TF401019");
    }

    @Test
    void vote_asCaller_addsCallerWithVote() {
        PullRequest pr = openFeature();

        pr.vote(Vote.WAITING_FOR_AUTHOR);

        assertThat(pr.reviewers()).singleElement().satisfies(r -> {
            assertThat(r.displayName()).isEqualTo("Ada Lovelace");
            assertThat(r.vote()).isEqualTo(-5);
        });
    }

    @Test
    void addReviewer_byIdentityRef_usesItsId() {
        PullRequest pr = openFeature();

        pr.addReviewer(ado.model.IdentityRef.of(grace), false);

        assertThat(pr.info().reviewers()).extracting(r -> r.id()).containsExactly(grace);
    }
}
