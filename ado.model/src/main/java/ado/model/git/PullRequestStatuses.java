package ado.model.git;

import ado.core.ApiCall;
import ado.core.Body;
import ado.model.internal.Copies;
import java.util.List;
import java.util.Objects;

/** Statuses posted on a pull request ({@code .../pullrequests/{id}/statuses}), such as CI results. */
public final class PullRequestStatuses {

    private static final String VERSION = PullRequests.API_VERSION;

    private PullRequestStatuses() {
    }

    /**
     * {@return the posted status} (on an iteration when {@link GitPullRequestStatus#iterationId()} is set)
     *
     * @param repo          the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param pullRequestId the pull request id
     * @param status        the status, from {@link GitPullRequestStatus#of}
     * @throws ado.core.error.AdoNotFoundException if there is no such repository or pull request
     * @throws NullPointerException                if {@code status} is null
     * @throws IllegalArgumentException            if {@code pullRequestId} is not positive
     */
    public static GitPullRequestStatus create(ApiCall repo, int pullRequestId, GitPullRequestStatus status) {
        Objects.requireNonNull(status, "status == null");
        return statuses(repo, pullRequestId).post(VERSION).body(Body.json(status)).as(GitPullRequestStatus.class);
    }

    /**
     * {@return the statuses of the pull request and its iterations}
     *
     * @param repo          the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param pullRequestId the pull request id
     * @throws ado.core.error.AdoNotFoundException if there is no such repository or pull request
     * @throws IllegalArgumentException            if {@code pullRequestId} is not positive
     */
    public static List<GitPullRequestStatus> list(ApiCall repo, int pullRequestId) {
        return statuses(repo, pullRequestId).get(VERSION).asList(GitPullRequestStatus.class);
    }

    /**
     * Deletes status {@code statusId}.
     *
     * @param repo          the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param pullRequestId the pull request id
     * @param statusId      the status id
     * @throws ado.core.error.AdoNotFoundException if there is no such repository, pull request or status
     * @throws IllegalArgumentException            if an id is not positive
     */
    public static void delete(ApiCall repo, int pullRequestId, int statusId) {
        statuses(repo, pullRequestId).path(Integer.toString(Copies.positive(statusId, "statusId")))
                .delete(VERSION).send();
    }

    private static ApiCall statuses(ApiCall repo, int pullRequestId) {
        return PullRequests.scope(repo, pullRequestId).path("statuses");
    }
}
