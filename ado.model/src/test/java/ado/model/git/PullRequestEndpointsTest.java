package ado.model.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.ApiCall;
import ado.core.error.AdoBadRequestException;
import ado.core.error.AdoConflictException;
import ado.core.error.AdoNotFoundException;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.emulator.AdoEmulator;
import ado.model.JsonPatchOperation;
import ado.model.core.TeamMember;
import ado.model.core.Teams;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PullRequestEndpointsTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";
    private static final String LOGIN = "refs/heads/feature/login";
    private static final String MAIN = "refs/heads/main";

    private AdoEmulator emulator;
    private ApiCall project;
    private ApiCall repo;
    private UUID grace;
    private UUID alan;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.start();
        project = emulator.client().api().project(PROJECT);
        repo = project.repository(emulator.git().repositoryId(PROJECT, PROJECT));
        List<TeamMember> members = Teams.members(emulator.client().api(), PROJECT, "Quality assurance");
        grace = id(members, "Grace Hopper");
        alan = id(members, "Alan Turing");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private static UUID id(List<TeamMember> members, String name) {
        return members.stream().filter(m -> m.identity().displayName().equals(name)).findFirst().orElseThrow()
                .identity().id();
    }

    private GitPullRequest openLogin() {
        return PullRequests.create(repo, PullRequestCreate.builder(LOGIN, MAIN, "Login")
                .description("Adds a login page").build());
    }

    private String head(String branch) {
        return Refs.find(repo, branch).orElseThrow().objectId();
    }

    @Test
    void create_withRequiredReviewerLabelAndWorkItem_allPresent() {
        GitPullRequest pr = PullRequests.create(repo, PullRequestCreate.builder(LOGIN, MAIN, "Login")
                .reviewer(grace, true).label(" ui ").workItem(7).build());

        assertThat(pr.status()).isEqualTo(PullRequestStatus.ACTIVE);
        assertThat(pr.reviewers()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(grace);
            assertThat(r.isRequired()).isTrue();
        });
        assertThat(pr.labels()).extracting(WebApiTagDefinition::name).containsExactly("ui");
        assertThat(PullRequests.workItems(repo, pr.pullRequestId())).extracting(ResourceRef::id).containsExactly("7");
        assertThat(pr.artifactId()).isNotNull();
        assertThat(PullRequests.idOfArtifact(pr.artifactId())).isEqualTo(pr.pullRequestId());
    }

    @Test
    void getAndGetById_sameTitle() {
        GitPullRequest pr = openLogin();

        assertThat(PullRequests.get(repo, pr.pullRequestId()).title()).isEqualTo("Login");
        assertThat(PullRequests.getById(project, pr.pullRequestId()).sourceRefName()).isEqualTo(LOGIN);
    }

    @Test
    void get_missing_notFoundWithAdoMessage() {
        assertThatThrownBy(() -> PullRequests.get(repo, 999)).isInstanceOfSatisfying(AdoNotFoundException.class,
                e -> assertThat(e.adoMessage()).hasValueSatisfying(m -> assertThat(m).startsWith("TF401180")));
    }

    @Test
    void create_unknownRepository_notFound() {
        ApiCall nowhere = project.repository("nope");

        assertThatThrownBy(() -> PullRequests.create(nowhere, PullRequestCreate.builder(LOGIN, MAIN, "x").build()))
                .isInstanceOfSatisfying(AdoNotFoundException.class, e -> assertThat(e.adoMessage())
                        .hasValueSatisfying(m -> assertThat(m).startsWith("TF401019")));
    }

    @Test
    void list_byStatusTargetAndReviewer_pagedLazily() {
        GitPullRequest login = openLogin();
        Refs.update(repo, List.of(GitRefUpdate.create("refs/heads/topic", head(LOGIN))));
        Pushes.create(repo, GitPush.of("refs/heads/topic", head(LOGIN), GitCommit.of("topic",
                List.of(GitChange.add("/topic.txt", ItemContent.rawText("t"))))));
        PullRequests.create(repo, PullRequestCreate.builder("refs/heads/topic", LOGIN, "Topic")
                .reviewer(alan, false).build());
        PullRequests.update(repo, login.pullRequestId(), PullRequestUpdate.builder()
                .status(PullRequestStatus.ABANDONED).build());

        assertThat(PullRequests.list(repo, PullRequestSearchCriteria.ACTIVE)).extracting(GitPullRequest::title)
                .containsExactly("Topic");
        assertThat(PullRequests.list(repo, PullRequestSearchCriteria.ACTIVE.withStatus(PullRequestStatus.ALL), 1))
                .extracting(GitPullRequest::title).containsExactly("Topic", "Login");
        assertThat(PullRequests.listInProject(project, PullRequestSearchCriteria.ACTIVE
                .withStatus(PullRequestStatus.ABANDONED).withTarget(MAIN))).extracting(GitPullRequest::title)
                .containsExactly("Login");
        assertThat(PullRequests.list(repo, PullRequestSearchCriteria.ACTIVE.withReviewer(alan)))
                .extracting(GitPullRequest::title).containsExactly("Topic");
        assertThat(PullRequests.list(repo, PullRequestSearchCriteria.ACTIVE.withCreator(grace))).isEmpty();
    }

    @Test
    void update_titleDescriptionDraft_applied() {
        GitPullRequest pr = openLogin();

        GitPullRequest updated = PullRequests.update(repo, pr.pullRequestId(), PullRequestUpdate.builder()
                .title("Login v2").description("new").draft(true).build());

        assertThat(updated.title()).isEqualTo("Login v2");
        assertThat(updated.description()).isEqualTo("new");
        assertThat(updated.isDraft()).isTrue();
    }

    @Test
    void complete_squashAfterRequiredApproval_targetMovedSourceDeleted() {
        GitPullRequest pr = PullRequests.create(repo, PullRequestCreate.builder(LOGIN, MAIN, "Login")
                .reviewer(grace, true).build());
        String main = head(MAIN);
        PullRequestUpdate complete = PullRequestUpdate.builder().status(PullRequestStatus.COMPLETED)
                .completionOptions(new GitPullRequestCompletionOptions(GitPullRequestMergeStrategy.SQUASH, true,
                        null, null, null, null, null, null, null)).build();

        assertThatThrownBy(() -> PullRequests.update(repo, pr.pullRequestId(), complete))
                .isInstanceOf(AdoConflictException.class);
        assertThat(head(MAIN)).isEqualTo(main);

        PullRequestReviewers.vote(repo, pr.pullRequestId(), grace, 10);
        GitPullRequest done = PullRequests.update(repo, pr.pullRequestId(), complete);

        assertThat(done.status()).isEqualTo(PullRequestStatus.COMPLETED);
        assertThat(done.mergeStatus()).isEqualTo(PullRequestAsyncStatus.SUCCEEDED);
        assertThat(Commits.get(repo, head(MAIN)).parents()).containsExactly(main);
        assertThat(Refs.find(repo, LOGIN)).isEmpty();
    }

    @Test
    void complete_abandoned_badRequestAndStillAbandoned() {
        GitPullRequest pr = openLogin();
        PullRequests.update(repo, pr.pullRequestId(), PullRequestUpdate.builder()
                .status(PullRequestStatus.ABANDONED).build());

        assertThatThrownBy(() -> PullRequests.update(repo, pr.pullRequestId(), PullRequestUpdate.builder()
                .status(PullRequestStatus.COMPLETED).build()))
                .isInstanceOfSatisfying(AdoBadRequestException.class, e -> assertThat(e.adoMessage())
                        .hasValueSatisfying(m -> assertThat(m).startsWith("TF401181")));
        assertThat(PullRequests.get(repo, pr.pullRequestId()).status()).isEqualTo(PullRequestStatus.ABANDONED);
    }

    @Test
    void autoComplete_completesWhenApproved() {
        GitPullRequest pr = PullRequests.create(repo, PullRequestCreate.builder(LOGIN, MAIN, "Login")
                .reviewer(grace, true).build());
        UUID me = pr.createdBy().id();

        PullRequests.update(repo, pr.pullRequestId(), PullRequestUpdate.builder().autoCompleteSetBy(me).build());
        PullRequestReviewers.vote(repo, pr.pullRequestId(), grace, 5);

        assertThat(PullRequests.get(repo, pr.pullRequestId()).status()).isEqualTo(PullRequestStatus.COMPLETED);
    }

    @Test
    void reviewers_addVoteDeclineRemove() {
        GitPullRequest pr = openLogin();
        int id = pr.pullRequestId();

        assertThat(PullRequestReviewers.add(repo, id, alan, true).isRequired()).isTrue();
        assertThat(PullRequestReviewers.vote(repo, id, alan, -5).vote()).isEqualTo(-5);
        assertThat(PullRequestReviewers.decline(repo, id, alan).hasDeclined()).isTrue();
        PullRequestReviewers.remove(repo, id, alan);

        assertThat(PullRequestReviewers.list(repo, id)).isEmpty();
    }

    @Test
    void reviewers_voteOutsideAdoValues_rejectedBeforeSending() {
        assertThatThrownBy(() -> PullRequestReviewers.vote(repo, 1, alan, 7))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vote");
    }

    @Test
    void threads_createReplyResolveList() {
        int id = openLogin().pullRequestId();

        GitPullRequestCommentThread thread = PullRequestThreads.create(repo, id, "Looks good");
        Comment reply = PullRequestThreads.reply(repo, id, thread.id(), 1, "Thanks");
        GitPullRequestCommentThread fixed = PullRequestThreads.setStatus(repo, id, thread.id(),
                CommentThreadStatus.WONT_FIX);

        assertThat(reply.parentCommentId()).isEqualTo(1);
        assertThat(fixed.status()).isEqualTo(CommentThreadStatus.WONT_FIX);
        assertThat(PullRequestThreads.comments(repo, id, thread.id())).extracting(Comment::content)
                .containsExactly("Looks good", "Thanks");
        assertThat(PullRequestThreads.list(repo, id)).hasSize(1);
        assertThat(PullRequestThreads.get(repo, id, thread.id()).comments()).hasSize(2);
    }

    @Test
    void statuses_createOnIterationListDelete() {
        int id = openLogin().pullRequestId();

        GitPullRequestStatus status = PullRequestStatuses.create(repo, id, GitPullRequestStatus.of(
                GitStatusState.SUCCEEDED, new GitStatusContext("ci", "build"), "green", null).onIteration(1));

        assertThat(status.iterationId()).isEqualTo(1);
        assertThat(PullRequestStatuses.list(repo, id)).extracting(GitPullRequestStatus::state)
                .containsExactly(GitStatusState.SUCCEEDED);
        PullRequestStatuses.delete(repo, id, status.id());
        assertThat(PullRequestStatuses.list(repo, id)).isEmpty();
    }

    @Test
    void labels_addListRemove() {
        int id = openLogin().pullRequestId();

        PullRequestLabels.add(repo, id, "urgent");
        assertThat(PullRequestLabels.list(repo, id)).extracting(WebApiTagDefinition::name).containsExactly("urgent");
        PullRequestLabels.remove(repo, id, "urgent");

        assertThat(PullRequestLabels.list(repo, id)).isEmpty();
    }

    @Test
    void labels_onlySpaces_rejectedAndNothingSent() {
        int id = openLogin().pullRequestId();
        long before = emulator.requests().total();

        assertThatThrownBy(() -> PullRequestLabels.add(repo, id, "   "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThat(emulator.requests().total()).isEqualTo(before);
    }

    @Test
    void iterations_pushAddsOneWithChangesAndCommits() {
        int id = openLogin().pullRequestId();
        Pushes.create(repo, GitPush.of(LOGIN, head(LOGIN), GitCommit.of("more",
                List.of(GitChange.add("/src/app/Logout.java", ItemContent.rawText("x"))))));

        List<GitPullRequestIteration> iterations = PullRequestIterations.list(repo, id);

        assertThat(iterations).extracting(GitPullRequestIteration::id).containsExactly(1, 2);
        assertThat(PullRequestIterations.get(repo, id, 2).sourceRefCommit().commitId()).isEqualTo(head(LOGIN));
        assertThat(PullRequestIterations.changes(repo, id, 2, 1).changeEntries())
                .extracting(c -> c.item().path()).containsExactly("/src/app/Logout.java");
        assertThat(PullRequestIterations.changes(repo, id, 2).changeEntries()).hasSize(2);
        assertThat(PullRequests.commits(repo, id)).hasSize(2);
    }

    @Test
    void properties_jsonPatch_addThenRemove() {
        int id = openLogin().pullRequestId();

        PullRequests.updateProperties(repo, id, List.of(JsonPatchOperation.add("/build", JsonString.of("42"))));
        JsonObject after = PullRequests.updateProperties(repo, id, List.of(JsonPatchOperation.remove("/build")));

        assertThat(((JsonObject) PullRequests.properties(repo, id).get("value")).has("build")).isFalse();
        assertThat(((JsonObject) after.get("value")).has("Microsoft.Git.PullRequest.SourceRefName")).isTrue();
    }

    @Test
    void artifactId_format_matchesAdo() {
        UUID p = UUID.fromString("a7573007-bbb3-4341-b726-0c4148a07853");
        UUID r = UUID.fromString("3411ebc1-d5aa-464f-9615-0b527bc66719");

        assertThat(PullRequests.artifactId(p, r, 22)).isEqualTo("vstfs:///Git/PullRequestId/"
                + "a7573007-bbb3-4341-b726-0c4148a07853%2F3411ebc1-d5aa-464f-9615-0b527bc66719%2F22");
        assertThat(PullRequests.idOfArtifact("vstfs:///Git/PullRequestId/" + p + "%2f" + r + "%2f22")).isEqualTo(22);
    }

    @Test
    void idOfArtifact_notAPullRequestLink_rejected() {
        assertThatThrownBy(() -> PullRequests.idOfArtifact("vstfs:///Git/Commit/x%2Fy%2Fz"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("artifactId");
    }

    @Test
    void linkWorkItem_artifactLink_listedOnBothSides() {
        GitPullRequest pr = openLogin();
        int id = ado.model.wit.WorkItems.create(project, "Task", ado.model.wit.WorkItemPatch.of(
                java.util.Map.of("System.Title", "Login"))).id();

        ado.model.wit.WorkItem item = PullRequests.linkWorkItem(project, id, pr.artifactId());

        assertThat(item.relations()).extracting(ado.model.wit.WorkItemRelation::url).containsExactly(pr.artifactId());
        assertThat(PullRequests.workItems(repo, pr.pullRequestId())).extracting(ResourceRef::id)
                .containsExactly(String.valueOf(id));
    }

    @Test
    void reviewers_removeUnknown_notFound() {
        int id = openLogin().pullRequestId();

        assertThatThrownBy(() -> PullRequestReviewers.remove(repo, id, alan)).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void reviewers_unknownIdentity_badRequestAndNoReviewer() {
        int id = openLogin().pullRequestId();

        assertThatThrownBy(() -> PullRequestReviewers.add(repo, id, UUID.randomUUID(), true))
                .isInstanceOf(AdoBadRequestException.class);
        assertThat(PullRequestReviewers.list(repo, id)).isEmpty();
    }

    @Test
    void threads_unknownThread_notFound() {
        int id = openLogin().pullRequestId();

        assertThatThrownBy(() -> PullRequestThreads.get(repo, id, 99)).isInstanceOf(AdoNotFoundException.class);
        assertThatThrownBy(() -> PullRequestThreads.reply(repo, id, 99, 0, "x"))
                .isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void statuses_deleteUnknown_notFound() {
        int id = openLogin().pullRequestId();

        assertThatThrownBy(() -> PullRequestStatuses.delete(repo, id, 5)).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void labels_removeUnknown_notFound() {
        int id = openLogin().pullRequestId();

        assertThatThrownBy(() -> PullRequestLabels.remove(repo, id, "nope")).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void iterations_unknown_notFound() {
        int id = openLogin().pullRequestId();

        assertThatThrownBy(() -> PullRequestIterations.get(repo, id, 3)).isInstanceOf(AdoNotFoundException.class);
        assertThatThrownBy(() -> PullRequestIterations.changes(repo, id, 1, 3))
                .isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void create_duplicateActive_conflictAndOnlyOne() {
        openLogin();

        assertThatThrownBy(this::openLogin).isInstanceOfSatisfying(AdoConflictException.class,
                e -> assertThat(e.adoMessage()).hasValueSatisfying(m -> assertThat(m).startsWith("TF401179")));
        assertThat(PullRequests.list(repo, PullRequestSearchCriteria.ACTIVE)).hasSize(1);
    }

    @Test
    void complete_conflict_conflictWithMergeStatusConflicts() {
        Pushes.create(repo, GitPush.of(LOGIN, head(LOGIN), GitCommit.of("login side",
                List.of(GitChange.edit("/README.md", ItemContent.rawText("login"))))));
        Pushes.create(repo, GitPush.of(MAIN, head(MAIN), GitCommit.of("main side",
                List.of(GitChange.edit("/README.md", ItemContent.rawText("main"))))));
        GitPullRequest pr = openLogin();
        String main = head(MAIN);

        assertThat(pr.mergeStatus()).isEqualTo(PullRequestAsyncStatus.CONFLICTS);
        assertThatThrownBy(() -> PullRequests.update(repo, pr.pullRequestId(), PullRequestUpdate.builder()
                .status(PullRequestStatus.COMPLETED).build())).isInstanceOf(AdoConflictException.class);
        assertThat(head(MAIN)).isEqualTo(main);
    }

    @Test
    void complete_staleLastMergeSource_badRequest() {
        GitPullRequest pr = openLogin();
        String stale = head(MAIN);

        assertThatThrownBy(() -> PullRequests.update(repo, pr.pullRequestId(), PullRequestUpdate.builder()
                .status(PullRequestStatus.COMPLETED).lastMergeSourceCommit(stale).build()))
                .isInstanceOf(AdoBadRequestException.class);
        assertThat(PullRequests.get(repo, pr.pullRequestId()).status()).isEqualTo(PullRequestStatus.ACTIVE);
    }

    @Test
    void properties_removeMissing_badRequest() {
        int id = openLogin().pullRequestId();

        assertThatThrownBy(() -> PullRequests.updateProperties(repo, id, List.of(JsonPatchOperation.remove("/x"))))
                .isInstanceOf(AdoBadRequestException.class);
    }
}
