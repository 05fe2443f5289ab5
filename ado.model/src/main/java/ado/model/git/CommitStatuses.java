package ado.model.git;

import ado.core.ApiCall;
import ado.core.Body;
import ado.core.Paging;
import ado.model.internal.Checks;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Statuses posted on a commit ({@code .../commits/{commitId}/statuses}), such as CI results; {@code repo} is a
 * repository scope.
 */
public final class CommitStatuses {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";
    private static final int PAGE_SIZE = 1000;

    private CommitStatuses() {
    }

    /**
     * {@return the posted status}
     *
     * @param repo     the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param commitId the commit id, 40 lowercase hex digits
     * @param status   the status, from {@link GitStatus#of}
     * @throws ado.core.error.AdoNotFoundException if there is no such repository or commit
     * @throws NullPointerException                if an argument is null
     * @throws IllegalArgumentException            if {@code commitId} is not a SHA-1
     */
    public static GitStatus create(ApiCall repo, String commitId, GitStatus status) {
        Objects.requireNonNull(status, "status == null");
        return statuses(repo, commitId).post(API_VERSION).body(Body.json(status)).as(GitStatus.class);
    }

    /**
     * {@return the statuses of the commit, in the service's order, fetched lazily 1000 at a time with {@code top} and
     * {@code skip}}; with {@code latestOnly}, only the newest status of each context (name and genre). A failed
     * page throws from the stream.
     *
     * @param repo       the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param commitId   the commit id, 40 lowercase hex digits
     * @param latestOnly whether to keep only the newest status per context
     * @throws ado.core.error.AdoNotFoundException if there is no such repository or commit
     * @throws NullPointerException                if {@code commitId} is null
     * @throws IllegalArgumentException            if {@code commitId} is not a SHA-1
     */
    public static Stream<GitStatus> list(ApiCall repo, String commitId, boolean latestOnly) {
        ApiCall call = statuses(repo, commitId);
        if (latestOnly) {
            call = call.query("latestOnly", true);
        }
        return call.get(API_VERSION).stream(Paging.offset(GitStatus.class, PAGE_SIZE, "top", "skip"));
    }

    private static ApiCall statuses(ApiCall repo, String commitId) {
        return repo.path("commits", Checks.sha(commitId, "commitId"), "statuses");
    }
}
