package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoBadRequestException;
import ado.core.error.AdoConflictException;
import ado.core.error.AdoNotFoundException;
import ado.core.json.JsonObject;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.git.GitPullRequestCompletionOptions;
import ado.model.git.GitPullRequestMergeStrategy;
import ado.model.git.PullRequestStatus;
import ado.model.policy.PolicyDefinition;
import ado.model.policy.PolicyEvaluationRecord;
import ado.model.policy.PolicyEvaluationStatus;
import ado.model.policy.PolicyScope;
import ado.model.policy.PolicySettings;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Branch policies created through the object layer, enforced by the emulator when pull requests complete. */
@ExtendWith(AdoEmulatorExtension.class)
class BranchPolicyTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";
    private static final AtomicInteger REPOS = new AtomicInteger();
    private static final GitPullRequestCompletionOptions MERGE =
            GitPullRequestCompletionOptions.of(GitPullRequestMergeStrategy.NO_FAST_FORWARD, false);

    private AdoEmulator emulator;
    private Project project;
    private Collaboration collaboration;
    private Repository repo;
    private UUID grace;
    private UUID alan;

    @BeforeEach
    void freshRepository(AdoEmulator emulator) {
        this.emulator = emulator;
        String name = "policies-" + REPOS.incrementAndGet();
        emulator.git().generateHistory(PROJECT, name, 1);
        project = AzureDevOpsService.of(emulator.client()).organization().project(PROJECT);
        collaboration = project.collaboration();
        repo = project.repository(name);
        List<ado.model.core.TeamMember> members = project.team("Quality assurance").members();
        grace = member(members, "Grace Hopper");
        alan = member(members, "Alan Turing");
    }

    private static UUID member(List<ado.model.core.TeamMember> members, String name) {
        return members.stream().filter(m -> m.identity().displayName().equals(name)).findFirst().orElseThrow()
                .identity().id();
    }

    private PullRequest openFeature() {
        repo.createBranch("feature/x", "main");
        repo.commit("feature/x", "Add x", List.of(AddFile.of("/x.txt", "x\n")));
        return repo.createPullRequest("X", "feature/x", "main", null);
    }

    private static PolicyEvaluationStatus statusOf(PullRequest pr, UUID type) {
        return pr.policyEvaluations().stream().filter(e -> e.configuration().type().id().equals(type))
                .map(PolicyEvaluationRecord::status).findFirst().orElseThrow();
    }

    @Test
    void requireBuild_noBuildYet_blocksCompletionUntilBuildSucceeds() {
        repo.requireBuild("main", 7);
        PullRequest pr = openFeature();
        String mainBefore = repo.branch("main").head().orElseThrow().id();

        assertThatThrownBy(() -> pr.complete(MERGE)).isInstanceOf(AdoConflictException.class)
                .hasMessageContaining("requires an explicit override to bypass policies")
                .hasMessageContaining("Build (queued)");
        assertThat(repo.branch("main").head().orElseThrow().id()).isEqualTo(mainBefore);
        assertThat(statusOf(pr, PolicySettings.BuildValidation.TYPE_ID)).isEqualTo(PolicyEvaluationStatus.QUEUED);

        emulator.policies().buildSucceeded(PROJECT, 7, pr.id());

        assertThat(statusOf(pr, PolicySettings.BuildValidation.TYPE_ID)).isEqualTo(PolicyEvaluationStatus.APPROVED);
        assertThat(pr.complete(MERGE).status()).isEqualTo(PullRequestStatus.COMPLETED);
    }

    @Test
    void requireBuild_realBuildOfTheMergeCommit_approvesOnceItSucceeds() {
        int definition = emulator.pipelines().define(PROJECT, "validate-" + repo.name()).repository(repo.name())
                .stage("Check", s -> s.job("Test", j -> j.task("Run tests", "all green"))).create();
        repo.requireBuild("main", definition);
        PullRequest pr = openFeature();

        Build build = project.startBuild(definition, "refs/pull/" + pr.id() + "/merge");
        assertThatThrownBy(() -> pr.complete(MERGE)).isInstanceOf(AdoConflictException.class);
        emulator.clock().advance(java.time.Duration.ofMinutes(5));

        assertThat(build.refresh().result()).contains(ado.model.build.BuildResult.SUCCEEDED);
        assertThat(statusOf(pr, PolicySettings.BuildValidation.TYPE_ID)).isEqualTo(PolicyEvaluationStatus.APPROVED);
        assertThat(pr.complete(MERGE).status()).isEqualTo(PullRequestStatus.COMPLETED);
    }

    @Test
    void startBuild_mergeRefOfNoPullRequest_badRequestNamingTheBranch() {
        int definition = emulator.pipelines().define(PROJECT, "validate-none-" + repo.name())
                .repository(repo.name()).stage("Check", s -> s.job("Test", j -> j.task("Run tests"))).create();

        assertThatThrownBy(() -> project.startBuild(definition, "refs/pull/9999/merge"))
                .isInstanceOf(ado.core.error.AdoBadRequestException.class)
                .hasMessageContaining("refs/pull/9999/merge");
    }

    @Test
    void requireBuild_failedBuild_rejectedAndStillBlocked() {
        repo.requireBuild("main", 8);
        PullRequest pr = openFeature();

        emulator.policies().recordBuildResult(PROJECT, 8, "refs/pull/" + pr.id() + "/merge", "failed");

        assertThat(statusOf(pr, PolicySettings.BuildValidation.TYPE_ID)).isEqualTo(PolicyEvaluationStatus.REJECTED);
        assertThatThrownBy(() -> pr.complete(MERGE)).isInstanceOf(AdoConflictException.class);
        assertThat(pr.refresh().status()).isEqualTo(PullRequestStatus.ACTIVE);
    }

    @Test
    void requireBuild_buildOfOtherDefinition_stillBlocked() {
        repo.requireBuild("main", 9);
        PullRequest pr = openFeature();

        emulator.policies().buildSucceeded(PROJECT, 10, pr.id());

        assertThatThrownBy(() -> pr.complete(MERGE)).isInstanceOf(AdoConflictException.class);
    }

    @Test
    void requireReviewers_blocksUntilEnoughApprovals() {
        repo.requireReviewers("main", 2);
        PullRequest pr = openFeature();
        pr.addReviewer(grace, false);
        pr.addReviewer(alan, false);

        pr.vote(grace, Vote.APPROVED);
        assertThatThrownBy(() -> pr.complete(MERGE)).isInstanceOf(AdoConflictException.class)
                .hasMessageContaining("Minimum number of reviewers (rejected)");

        pr.vote(alan, Vote.APPROVED_WITH_SUGGESTIONS);
        assertThat(pr.complete(MERGE).status()).isEqualTo(PullRequestStatus.COMPLETED);
    }

    @Test
    void requireReviewers_authorsOwnApproval_doesNotCount() {
        repo.requireReviewers("main", 1);
        PullRequest pr = openFeature();

        pr.vote(Vote.APPROVED);

        assertThatThrownBy(() -> pr.complete(MERGE)).isInstanceOf(AdoConflictException.class);
    }

    @Test
    void requireReviewers_waitingForAuthorVote_blocksDespiteApprovals() {
        repo.requireReviewers("main", 1);
        PullRequest pr = openFeature();
        pr.addReviewer(grace, false);
        pr.addReviewer(alan, false);
        pr.vote(grace, Vote.APPROVED);

        pr.vote(alan, Vote.WAITING_FOR_AUTHOR);

        assertThatThrownBy(() -> pr.complete(MERGE)).isInstanceOf(AdoConflictException.class);
    }

    @Test
    void requireLinkedWorkItems_blocksUntilLinked() {
        repo.requireLinkedWorkItems("main");
        PullRequest pr = openFeature();

        assertThatThrownBy(() -> pr.complete(MERGE)).isInstanceOf(AdoConflictException.class)
                .hasMessageContaining("Work item linking");

        int task = project.createWorkItem("Task", java.util.Map.of(ado.model.wit.WorkItemFieldName.TITLE,
                "Ship the feature")).id();
        pr.linkWorkItem(task);
        assertThat(pr.complete(MERGE).status()).isEqualTo(PullRequestStatus.COMPLETED);
    }

    @Test
    void requireCommentResolution_activeThread_blocksUntilResolved() {
        repo.requireCommentResolution("main");
        PullRequest pr = openFeature();
        var thread = pr.comment("Please rename x");

        assertThatThrownBy(() -> pr.complete(MERGE)).isInstanceOf(AdoConflictException.class)
                .hasMessageContaining("Comment requirements");

        ado.model.git.PullRequestThreads.setStatus(repo.api(), pr.id(), thread.id(),
                ado.model.git.CommentThreadStatus.FIXED);
        assertThat(pr.complete(MERGE).status()).isEqualTo(PullRequestStatus.COMPLETED);
    }

    @Test
    void policyOnOtherBranch_doesNotBlock() {
        repo.requireReviewers("release", 3);
        PullRequest pr = openFeature();

        assertThat(pr.policyEvaluations()).isEmpty();
        assertThat(pr.complete(MERGE).status()).isEqualTo(PullRequestStatus.COMPLETED);
    }

    @Test
    void optionalPolicy_notApproved_doesNotBlock() {
        repo.requireReviewers("main", 2).blocking(false);
        PullRequest pr = openFeature();

        assertThat(statusOf(pr, PolicySettings.MinimumReviewers.TYPE_ID)).isEqualTo(PolicyEvaluationStatus.REJECTED);
        assertThat(pr.complete(MERGE).status()).isEqualTo(PullRequestStatus.COMPLETED);
    }

    @Test
    void bypassPolicy_completionOption_completesDespitePolicy() {
        repo.requireBuild("main", 11);
        PullRequest pr = openFeature();
        var bypass = new GitPullRequestCompletionOptions(GitPullRequestMergeStrategy.NO_FAST_FORWARD, false, null,
                null, null, true, "hotfix", null, null);

        assertThat(pr.complete(bypass).status()).isEqualTo(PullRequestStatus.COMPLETED);
    }

    @Test
    void update_newSettings_addsRevisionAndUnblocks() {
        Policy policy = repo.requireReviewers("main", 2);
        PullRequest pr = openFeature();
        pr.addReviewer(grace, false);
        pr.vote(grace, Vote.APPROVED);

        policy.update(PolicySettings.MinimumReviewers.of(1, PolicyScope.branch(repo.id(), "refs/heads/main")));

        assertThat(policy.info().revision()).isEqualTo(2);
        assertThat(policy.revisions()).extracting(c -> c.revision()).containsExactly(2, 1);
        assertThat(((PolicySettings.MinimumReviewers) policy.settings()).minimumApproverCount()).isEqualTo(1);
        assertThat(pr.complete(MERGE).status()).isEqualTo(PullRequestStatus.COMPLETED);
    }

    @Test
    void delete_policy_noLongerListedOrBlocking() {
        Policy policy = repo.requireBuild("main", 12);
        PullRequest pr = openFeature();

        policy.delete();

        assertThat(repo.policies()).isEmpty();
        assertThatThrownBy(() -> collaboration.policy(policy.id())).isInstanceOf(AdoNotFoundException.class);
        assertThat(pr.complete(MERGE).status()).isEqualTo(PullRequestStatus.COMPLETED);
    }

    @Test
    void policies_repositoryAndBranch_listOnlyMatchingOnes() {
        Policy main = repo.requireReviewers("main", 1);
        Policy release = repo.requireLinkedWorkItems("release");

        assertThat(repo.policies()).extracting(Policy::id).containsExactly(main.id(), release.id());
        assertThat(repo.policies("main")).extracting(Policy::id).containsExactly(main.id());
        assertThat(collaboration.policies().map(Policy::id)).contains(main.id(), release.id());
    }

    @Test
    void createPolicy_unknownType_notFoundNamingTheType() {
        UUID unknown = UUID.fromString("00000000-1111-2222-3333-444444444444");
        var definition = PolicyDefinition.blocking(new PolicySettings.Other(unknown,
                JsonObject.builder().put("scope", ado.core.json.JsonArray.EMPTY).build()));

        assertThatThrownBy(() -> collaboration.createPolicy(definition)).isInstanceOf(AdoNotFoundException.class)
                .hasMessageContaining("The policy type with id '" + unknown + "' does not exist.");
    }

    @Test
    void createPolicy_missingSetting_badRequestNamingTheSetting() {
        var definition = PolicyDefinition.blocking(new PolicySettings.Other(PolicySettings.MinimumReviewers.TYPE_ID,
                JsonObject.builder().put("scope", ado.core.json.JsonArray.EMPTY).build()));

        assertThatThrownBy(() -> collaboration.createPolicy(definition)).isInstanceOf(AdoBadRequestException.class)
                .hasMessageContaining("'minimumApproverCount'");
    }

    @Test
    void policyTypes_listed_includeTheCommonOnes() {
        assertThat(collaboration.policyTypes()).extracting(t -> t.id())
                .contains(PolicySettings.MinimumReviewers.TYPE_ID, PolicySettings.BuildValidation.TYPE_ID,
                        PolicySettings.RequiredReviewers.TYPE_ID, PolicySettings.CommentResolution.TYPE_ID,
                        PolicySettings.WorkItemLinking.TYPE_ID);
    }

    @Test
    void minimumReviewers_creatorVoteCounts_authorsApprovalSuffices() {
        collaboration.createPolicy(PolicyDefinition.blocking(new PolicySettings.MinimumReviewers(1, true, false, false,
                null, null, List.of(PolicyScope.branch(repo.id(), "refs/heads/main")))));
        PullRequest pr = openFeature();

        pr.vote(Vote.APPROVED);

        assertThat(pr.complete(MERGE).status()).isEqualTo(PullRequestStatus.COMPLETED);
    }

    @Test
    void requiredReviewers_newPullRequest_getsThemAsRequiredAndWaitsForThem() {
        collaboration.createPolicy(PolicyDefinition.blocking(new PolicySettings.RequiredReviewers(List.of(
                alan.toString()), null, null, "Alan owns main", null,
                List.of(PolicyScope.branch(repo.id(), "refs/heads/main")))));
        PullRequest pr = openFeature();

        assertThat(pr.reviewers()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(alan);
            assertThat(r.isRequired()).isTrue();
        });
        assertThat(statusOf(pr, PolicySettings.RequiredReviewers.TYPE_ID)).isEqualTo(PolicyEvaluationStatus.REJECTED);
        assertThatThrownBy(() -> pr.complete(MERGE)).isInstanceOf(AdoConflictException.class);

        pr.vote(alan, Vote.APPROVED);
        assertThat(pr.complete(MERGE).status()).isEqualTo(PullRequestStatus.COMPLETED);
    }

    @Test
    void requiredReviewers_unknownIdentity_badRequestNamingSetting() {
        var settings = new PolicySettings.RequiredReviewers(List.of(new UUID(7, 7).toString()), null, null, null,
                null, List.of(PolicyScope.branch(repo.id(), "refs/heads/main")));

        assertThatThrownBy(() -> collaboration.createPolicy(PolicyDefinition.blocking(settings)))
                .isInstanceOf(AdoBadRequestException.class).hasMessageContaining("'requiredReviewerIds'");
    }

    @Test
    void mergeStrategy_squashOnly_refusesMergeCommitAllowsSquash() {
        collaboration.createPolicy(PolicyDefinition.blocking(new PolicySettings.MergeStrategy(true, false, false, false,
                List.of(PolicyScope.branch(repo.id(), "refs/heads/main")))));
        PullRequest pr = openFeature();

        assertThatThrownBy(() -> pr.complete(MERGE)).isInstanceOf(AdoConflictException.class)
                .hasMessageContaining("Require a merge strategy");
        assertThat(pr.complete(GitPullRequestCompletionOptions.of(GitPullRequestMergeStrategy.SQUASH, false))
                .status()).isEqualTo(PullRequestStatus.COMPLETED);
    }

    @Test
    void statusCheck_blocksUntilStatusSucceeds() {
        collaboration.createPolicy(PolicyDefinition.blocking(new PolicySettings.StatusCheck("scan", "security", null,
                null, null, null, List.of(PolicyScope.branch(repo.id(), "refs/heads/main")))));
        PullRequest pr = openFeature();
        pr.setStatus(ado.model.git.GitStatusState.FAILED, "security", "scan", "2 findings");

        assertThat(statusOf(pr, PolicySettings.StatusCheck.TYPE_ID)).isEqualTo(PolicyEvaluationStatus.REJECTED);
        assertThatThrownBy(() -> pr.complete(MERGE)).isInstanceOf(AdoConflictException.class);

        pr.setStatus(ado.model.git.GitStatusState.SUCCEEDED, "security", "scan", "clean");
        assertThat(pr.complete(MERGE).status()).isEqualTo(PullRequestStatus.COMPLETED);
    }

    @Test
    void disabledPolicy_notEvaluated() {
        repo.requireBuild("main", 13).enabled(false);
        PullRequest pr = openFeature();

        assertThat(pr.policyEvaluations()).isEmpty();
        assertThat(pr.complete(MERGE).status()).isEqualTo(PullRequestStatus.COMPLETED);
    }
}
