package ado.model.git;

import ado.core.ApiCall;
import ado.core.Paging;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.Objects;
import java.util.stream.Stream;

/** The commits of a repository ({@code .../commits}); {@code repo} is a repository scope. */
public final class Commits {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";
    private static final int PAGE_SIZE = 100;

    private Commits() {
    }

    /**
     * {@return commit {@code commitId}}
     *
     * @param repo     the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param commitId the commit id, 40 lowercase hex digits
     * @throws ado.core.error.AdoNotFoundException if there is no such repository or commit
     * @throws NullPointerException                if {@code commitId} is null
     * @throws IllegalArgumentException            if {@code commitId} is not a SHA-1
     */
    public static GitCommitRef get(ApiCall repo, String commitId) {
        return repo.path("commits", Checks.sha(commitId, "commitId")).get(API_VERSION).as(GitCommitRef.class);
    }

    /**
     * {@return the commits {@code criteria} selects, newest first, fetched lazily 100 at a time; a failed page
     * throws from the stream}
     *
     * @param repo     the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param criteria which commits, {@link GitCommitSearchCriteria#ALL} for every one
     * @throws NullPointerException if {@code criteria} is null
     */
    public static Stream<GitCommitRef> list(ApiCall repo, GitCommitSearchCriteria criteria) {
        return list(repo, criteria, PAGE_SIZE);
    }

    /**
     * {@return the commits {@code criteria} selects, fetched lazily {@code pageSize} at a time with
     * {@code searchCriteria.$top} and {@code searchCriteria.$skip}}; a failed page throws from the stream
     *
     * @param repo     the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param criteria which commits, {@link GitCommitSearchCriteria#ALL} for every one
     * @param pageSize how many to fetch per request
     * @throws NullPointerException     if {@code criteria} is null
     * @throws IllegalArgumentException if {@code pageSize} is not positive
     */
    public static Stream<GitCommitRef> list(ApiCall repo, GitCommitSearchCriteria criteria, int pageSize) {
        Objects.requireNonNull(criteria, "criteria == null");
        return repo.path("commits").query(criteria.query()).get(API_VERSION).stream(Paging.offset(
                GitCommitRef.class, Copies.positive(pageSize, "pageSize"), "searchCriteria.$top",
                "searchCriteria.$skip"));
    }
}
