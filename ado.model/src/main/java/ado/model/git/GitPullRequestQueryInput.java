package ado.model.git;

import ado.model.internal.Copies;
import java.util.List;

/**
 * One pull request query: the commits to search for and how.
 *
 * @param items the commit ids
 * @param type  what to search by
 */
public record GitPullRequestQueryInput(List<String> items, GitPullRequestQueryType type) {

    /**
     * Copies the commit ids.
     *
     * @param items the commit ids ({@code null} is empty)
     * @param type  what to search by
     * @throws NullPointerException if a commit id is null
     */
    public GitPullRequestQueryInput {
        items = Copies.list(items, "items");
    }
}
