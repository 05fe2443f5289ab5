package ado.oop;

import ado.model.git.GitPullRequest;
import ado.model.git.GitRepositoryRef;
import ado.model.git.PullRequestSearchCriteria;
import ado.model.git.PullRequests;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The pull requests of every repository of a project ({@code {project}/_apis/git/pullrequests}), as the shared
 * {@link PullRequest} objects of their repositories. Stateless.
 */
final class ProjectPullRequests {

    private ProjectPullRequests() {
    }

    /**
     * {@return the pull requests {@code criteria} selects, newest first, fetched lazily page by page; each is the
     * one object of its repository, its details set from the page}
     */
    static Stream<PullRequest> list(Project project, PullRequestSearchCriteria criteria) {
        Objects.requireNonNull(criteria, "criteria == null");
        return PullRequests.listInProject(project.api(), criteria).map(pr -> of(project, pr));
    }

    /** {@return pull request {@code id} of any repository of the project, loaded by that id alone} */
    static PullRequest byId(Project project, int id) {
        if (id <= 0) {
            throw new IllegalArgumentException("id must be positive: " + id);
        }
        return of(project, PullRequests.getById(project.api(), id));
    }

    private static PullRequest of(Project project, GitPullRequest value) {
        GitRepositoryRef ref = value.repository();
        if (ref == null || ref.id() == null) {
            throw ClientFailures.unexpectedAnswer("the repository id of pull request " + value.pullRequestId());
        }
        Repository repository = project.identities().byIdAndName(Repository.class, "repository", project, ref.id(),
                ref.name(), n -> new Repository(project, n));
        return RepositoryPullRequests.of(repository, value);
    }
}
