package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;

import ado.emulator.AdoEmulator;
import ado.model.git.GitPullRequestCompletionOptions;
import ado.model.git.GitPullRequestMergeStrategy;
import ado.model.git.GitStatusState;
import ado.model.git.PullRequestCreate;
import ado.model.git.PullRequestReviewers;
import ado.model.git.PullRequestSearchCriteria;
import ado.model.git.PullRequestStatus;
import ado.model.git.PullRequests;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The examples of {@code docs/usage.md}, compiled and run against the emulator; {@link
 * #usageDoc_javaBlocks_appearInThisFile} checks that every Java block of the pull-request section is copied from
 * between the {@code // doc:} markers here.
 */
class UsageExamplesTest {

    private AdoEmulator emulator;
    private AzureDevOpsService service;
    private UUID grace;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.start();
        service = AzureDevOpsService.of(emulator.client());
        grace = service.organization().project("Fabrikam-Fiber-Git").team("Quality assurance").members().stream()
                .filter(m -> m.identity().displayName().equals("Grace Hopper")).findFirst().orElseThrow()
                .identity().id();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void objectLayerExample_runs_squashesIntoMain() {
        UUID reviewerId = grace;
        // doc: object
        Repository repo = service.organization().project("Fabrikam-Fiber-Git").repository("Fabrikam-Fiber-Git");
        repo.createBranch("feature/greeting", "main");
        repo.commit("feature/greeting", "Add a greeting", List.of(AddFile.of("/greeting.txt", "hello\n")));

        PullRequest pr = repo.createPullRequest("Greeting", "feature/greeting", "main", "Says hello");
        pr.addReviewer(reviewerId, true);           // required: completion waits for an approval
        pr.addLabel("docs");
        pr.comment("Please check the wording");
        pr.vote(reviewerId, Vote.APPROVED);
        pr.complete(GitPullRequestCompletionOptions.of(GitPullRequestMergeStrategy.SQUASH, true));

        repo.pullRequests(PullRequestSearchCriteria.ACTIVE.withStatus(PullRequestStatus.COMPLETED))
                .forEach(done -> System.out.println(done.id() + " " + done.title()));
        // end

        assertThat(pr.status()).isEqualTo(PullRequestStatus.COMPLETED);
        assertThat(repo.file("/greeting.txt", "main")).contains("hello\n");
    }

    @Test
    void rawLayerExample_runs_autoCompletes() {
        UUID reviewerId = grace;
        var api = emulator.client().api();
        // doc: raw
        var repoCall = api.project("Fabrikam-Fiber-Git").repository("Fabrikam-Fiber-Git");
        var created = PullRequests.create(repoCall, PullRequestCreate.builder(
                        "refs/heads/feature/login", "refs/heads/main", "Login page")
                .reviewer(reviewerId, true).label("ui").build());
        int id = created.pullRequestId();

        PullRequests.update(repoCall, id, ado.model.git.PullRequestUpdate.builder()
                .autoCompleteSetBy(created.createdBy().id())
                .completionOptions(GitPullRequestCompletionOptions.of(GitPullRequestMergeStrategy.REBASE_MERGE, false))
                .build());
        PullRequestReviewers.vote(repoCall, id, reviewerId, 10);  // auto-complete now merges
        ado.model.git.PullRequestStatuses.create(repoCall, id, ado.model.git.GitPullRequestStatus.of(
                GitStatusState.SUCCEEDED, new ado.model.git.GitStatusContext("ci", "build"), "green", null));
        String link = PullRequests.artifactId(created.repository().project().id(), created.repository().id(), id);
        // end

        assertThat(PullRequests.get(repoCall, id).status()).isEqualTo(PullRequestStatus.COMPLETED);
        assertThat(link).isEqualTo(created.artifactId().replace("%2f", "%2F"));
    }

    @Test
    void usageDoc_javaBlocks_appearInThisFile() throws IOException {
        UsageDoc.assertBlocksIn("## Pull requests", UsageExamplesTest.class, 2);
    }
}
