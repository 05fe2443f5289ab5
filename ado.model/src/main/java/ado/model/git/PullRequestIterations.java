package ado.model.git;

import ado.core.ApiCall;
import ado.model.internal.Copies;
import java.util.List;

/** The iterations of a pull request ({@code .../pullrequests/{id}/iterations}) and their changes. */
public final class PullRequestIterations {

    private static final String VERSION = PullRequests.API_VERSION;

    private PullRequestIterations() {
    }

    /**
     * {@return the iterations (one per push to the source branch), first first}
     *
     * @param repo          the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param pullRequestId the pull request id
     * @throws ado.core.error.AdoNotFoundException if there is no such repository or pull request
     * @throws IllegalArgumentException            if {@code pullRequestId} is not positive
     */
    public static List<GitPullRequestIteration> list(ApiCall repo, int pullRequestId) {
        return iterations(repo, pullRequestId).get(VERSION).asList(GitPullRequestIteration.class);
    }

    /**
     * {@return iteration {@code iterationId}}
     *
     * @param repo          the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param pullRequestId the pull request id
     * @param iterationId   the iteration id, from 1
     * @throws ado.core.error.AdoNotFoundException if there is no such repository, pull request or iteration
     * @throws IllegalArgumentException            if an id is not positive
     */
    public static GitPullRequestIteration get(ApiCall repo, int pullRequestId, int iterationId) {
        return iteration(repo, pullRequestId, iterationId).get(VERSION).as(GitPullRequestIteration.class);
    }

    /**
     * {@return the files iteration {@code iterationId} changes relative to the merge base (first page)}
     *
     * @param repo          the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param pullRequestId the pull request id
     * @param iterationId   the iteration id, from 1
     * @throws ado.core.error.AdoNotFoundException if there is no such repository, pull request or iteration
     * @throws IllegalArgumentException            if an id is not positive
     */
    public static GitPullRequestIterationChanges changes(ApiCall repo, int pullRequestId, int iterationId) {
        return iteration(repo, pullRequestId, iterationId).path("changes").get(VERSION)
                .as(GitPullRequestIterationChanges.class);
    }

    /**
     * {@return the files iteration {@code iterationId} changes relative to iteration {@code compareTo}}
     *
     * @param repo          the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param pullRequestId the pull request id
     * @param iterationId   the iteration id, from 1
     * @param compareTo     the earlier iteration to compare with ({@code $compareTo})
     * @throws ado.core.error.AdoNotFoundException if there is no such repository, pull request or iteration
     * @throws IllegalArgumentException            if an id is not positive
     */
    public static GitPullRequestIterationChanges changes(ApiCall repo, int pullRequestId, int iterationId,
                                                         int compareTo) {
        return iteration(repo, pullRequestId, iterationId).path("changes")
                .query("$compareTo", Copies.positive(compareTo, "compareTo")).get(VERSION)
                .as(GitPullRequestIterationChanges.class);
    }

    private static ApiCall iterations(ApiCall repo, int pullRequestId) {
        return PullRequests.scope(repo, pullRequestId).path("iterations");
    }

    private static ApiCall iteration(ApiCall repo, int pullRequestId, int iterationId) {
        return iterations(repo, pullRequestId).path(Integer.toString(Copies.positive(iterationId, "iterationId")));
    }
}
