package ado.model.git;

import ado.model.internal.Copies;
import java.util.List;

/**
 * The changes of a pull-request iteration, one page of them.
 *
 * @param changeEntries the changes; empty when absent
 * @param nextSkip      the {@code $skip} of the next page, or {@code null} on the last page
 * @param nextTop       the {@code $top} of the next page, or {@code null} on the last page
 */
public record GitPullRequestIterationChanges(List<GitPullRequestChange> changeEntries, Integer nextSkip,
                                             Integer nextTop) {

    /**
     * Copies the changes.
     *
     * @param changeEntries the changes; empty when absent
     * @param nextSkip      the {@code $skip} of the next page, or {@code null} on the last page
     * @param nextTop       the {@code $top} of the next page, or {@code null} on the last page
     * @throws NullPointerException if {@code changeEntries} contains null
     */
    public GitPullRequestIterationChanges {
        changeEntries = Copies.list(changeEntries, "changeEntries");
    }
}
