package ado.model.git;

import ado.model.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * A set of pull request queries and, in an answer, their results ({@code results.get(n)} answers
 * {@code queries.get(n)}).
 *
 * @param queries the queries
 * @param results per query, the pull requests found for each commit id (a commit with none may be absent)
 */
public record GitPullRequestQuery(List<GitPullRequestQueryInput> queries,
        List<Map<String, List<GitPullRequest>>> results) {

    /**
     * Copies the lists.
     *
     * @param queries the queries ({@code null} is empty)
     * @param results the results ({@code null} is empty)
     * @throws NullPointerException if a query or a result is null
     */
    public GitPullRequestQuery {
        queries = Copies.list(queries, "queries");
        results = Copies.list(results, "results");
    }

    /**
     * {@return a query of {@code type} for {@code commitIds}, with no results}
     *
     * @param type      what to search by
     * @param commitIds the commit ids
     */
    public static GitPullRequestQuery of(GitPullRequestQueryType type, List<String> commitIds) {
        return new GitPullRequestQuery(List.of(new GitPullRequestQueryInput(commitIds, type)), null);
    }
}
