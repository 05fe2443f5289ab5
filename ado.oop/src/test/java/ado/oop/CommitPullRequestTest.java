package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.error.AdoNotFoundException;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.git.GitPullRequest;
import ado.model.git.GitPullRequestCompletionOptions;
import ado.model.git.GitPullRequestMergeStrategy;
import ado.model.git.GitPullRequestQuery;
import ado.model.git.GitPullRequestQueryType;
import ado.model.git.PullRequests;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link Commit#pullRequest()} and the pull request query it sends. */
@ExtendWith(AdoEmulatorExtension.class)
class CommitPullRequestTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";
    private static AdoEmulator emulator;
    private static AdoClient client;

    @BeforeAll
    static void start(AdoEmulator started, AdoClient startedClient) {
        emulator = started;
        client = startedClient;
    }

    private static <T> T oneRequest(Supplier<T> action) {
        long before = emulator.requests().total();
        T value = action.get();
        assertThat(emulator.requests().total() - before).as("requests").isEqualTo(1);
        return value;
    }

    /** {@return a completed pull request of a new branch {@code name} into main, merged with {@code strategy}} */
    private static PullRequest merged(Repository repo, String name, GitPullRequestMergeStrategy strategy) {
        repo.createBranch(name, "main");
        repo.commit(name, "Add " + name, List.of(AddFile.of("/" + name.replace('/', '-') + ".txt", name + "\n")));
        PullRequest pr = repo.createPullRequest("Merge " + name, name, "refs/heads/main", "");
        pr.complete(GitPullRequestCompletionOptions.of(strategy, false));
        return pr;
    }

    private static Repository repository(AzureDevOpsService service) {
        return service.organization().project(PROJECT).repository(PROJECT);
    }

    @Test
    void pullRequest_squashCommitOnMain_isThePullRequestObjectInOneRequest() {
        Repository repo = repository(AzureDevOpsService.of(client));
        PullRequest pr = merged(repo, "feature/squashed", GitPullRequestMergeStrategy.SQUASH);
        Commit head = repo.branch("main").head().orElseThrow();

        Optional<PullRequest> found = oneRequest(head::pullRequest);

        assertThat(found).containsSame(pr);
        assertThat(found.orElseThrow().title()).isEqualTo("Merge feature/squashed");
    }

    @Test
    void pullRequest_mergeCommit_isFound_sourceCommitIsNot() {
        Repository repo = repository(AzureDevOpsService.of(client));
        PullRequest pr = merged(repo, "feature/merged", GitPullRequestMergeStrategy.NO_FAST_FORWARD);
        Commit mergeCommit = repo.branch("main").head().orElseThrow();
        Commit source = pr.info().lastMergeSourceCommit() == null ? null
                : repo.commit(pr.info().lastMergeSourceCommit().commitId());

        assertThat(mergeCommit.parents()).hasSize(2);
        assertThat(mergeCommit.pullRequest()).containsSame(pr);
        assertThat(source).isNotNull();
        assertThat(oneRequest(source::pullRequest)).as("a source commit was not made by the merge").isEmpty();
    }

    @Test
    void pullRequest_commitPushedStraightToMain_isEmpty() {
        Repository repo = repository(AzureDevOpsService.of(client));
        Commit direct = repo.commit("main", "Direct push", List.of(AddFile.of("/direct.txt", "direct\n")));

        assertThat(oneRequest(direct::pullRequest)).isEmpty();
    }

    @Test
    void pullRequest_unknownCommit_isEmpty() {
        Repository repo = repository(AzureDevOpsService.of(client));

        assertThat(repo.commit("0123456789abcdef0123456789abcdef01234567").pullRequest()).isEmpty();
    }

    @Test
    void pullRequest_identity_sameBeforeClear_newAfter() {
        AzureDevOpsService service = AzureDevOpsService.of(client);
        Repository repo = repository(service);
        PullRequest pr = merged(repo, "feature/identity", GitPullRequestMergeStrategy.SQUASH);
        Commit head = repo.branch("main").head().orElseThrow();
        assertThat(head.pullRequest()).containsSame(pr);

        service.clearCache();

        Repository again = repository(service);
        Commit headAgain = again.commit(head.id());
        assertThat(headAgain).isNotSameAs(head);
        PullRequest found = headAgain.pullRequest().orElseThrow();
        assertThat(found).isNotSameAs(pr).isSameAs(again.pullRequest(pr.id()));
        assertThat(found.id()).isEqualTo(pr.id());
        PullRequest viaOld = head.pullRequest().orElseThrow();
        assertThat(viaOld.id()).as("the old commit still works").isEqualTo(pr.id());
        assertThat(viaOld.repository()).as("in its old repository").isSameAs(repo);
    }

    @Test
    void query_rawLayer_commitTypeFindsTheSourceCommit_lastMergeCommitDoesNot() {
        Repository repo = repository(AzureDevOpsService.of(client));
        PullRequest pr = merged(repo, "feature/raw", GitPullRequestMergeStrategy.NO_FAST_FORWARD);
        String source = pr.info().lastMergeSourceCommit().commitId();

        GitPullRequestQuery byCommit = PullRequests.query(repo.api(),
                GitPullRequestQuery.of(GitPullRequestQueryType.COMMIT, List.of(source)));

        assertThat(byCommit.queries()).singleElement().satisfies(q -> assertThat(q.items()).containsExactly(source));
        assertThat(byCommit.results()).singleElement().satisfies(r -> assertThat(r.get(source))
                .extracting(GitPullRequest::pullRequestId).containsExactly(pr.id()));
        assertThat(PullRequests.byMergeCommit(repo.api(), source)).isEmpty();
    }

    @Test
    void pullRequest_unknownRepository_isNotFound() {
        Repository missing = AzureDevOpsService.of(client).organization().project(PROJECT).repository("no-such-repo");

        assertThatThrownBy(() -> missing.commit("0123456789abcdef0123456789abcdef01234567").pullRequest())
                .isInstanceOf(AdoNotFoundException.class);
    }
}
