package ado.oop;

import ado.model.git.GitPullRequest;
import ado.model.git.PullRequestCreate;
import ado.model.git.PullRequestSearchCriteria;
import ado.model.git.PullRequests;
import ado.model.git.RefNames;
import java.util.stream.Stream;

/**
 * The pull requests of one repository: the logic behind {@link Repository#createPullRequest},
 * {@link Repository#pullRequest(int)} and {@link Repository#pullRequests(PullRequestSearchCriteria)}, and the one
 * place a pull request record becomes the repository's shared {@link PullRequest} object. Stateless.
 */
final class RepositoryPullRequests {

    private RepositoryPullRequests() {
    }

    /** {@return the new pull request from branch {@code source} into {@code target} (short or full names)} */
    static PullRequest create(Repository repository, String title, String source, String target,
                              String description) {
        GitPullRequest created = PullRequests.create(repository.api(), PullRequestCreate.builder(
                RefNames.branch(source), RefNames.branch(target), title).description(description).build());
        return of(repository, created);
    }

    /** {@return the repository's one object of pull request {@code id}; no request} */
    static PullRequest byId(Repository repository, int id) {
        if (id <= 0) {
            throw new IllegalArgumentException("id must be positive: " + id);
        }
        return repository.identities().byId(PullRequest.class, "pullRequest", repository, id,
                () -> new PullRequest(repository, id));
    }

    /** {@return the pull requests {@code criteria} selects, newest first, fetched lazily page by page} */
    static Stream<PullRequest> list(Repository repository, PullRequestSearchCriteria criteria) {
        return PullRequests.list(repository.api(), criteria).map(pr -> of(repository, pr));
    }

    /** {@return the repository's one object of pull request {@code value}, its details set from {@code value}} */
    static PullRequest of(Repository repository, GitPullRequest value) {
        PullRequest pr = byId(repository, value.pullRequestId());
        pr.offer(value);
        return pr;
    }
}
