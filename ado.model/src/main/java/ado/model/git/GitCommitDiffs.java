package ado.model.git;

import ado.model.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * One page of the differences between two commits.
 *
 * @param allChangesIncluded whether this page ends the list
 * @param changeCounts       the number of changes by kind ({@code Add}, {@code Edit}, ...); empty when not sent
 * @param changes            the changes of this page; empty when not sent
 * @param commonCommit       the merge base, or {@code null}
 * @param baseCommit         the base commit, or {@code null}
 * @param targetCommit       the target commit, or {@code null}
 * @param aheadCount         commits in target but not in base, or {@code null}
 * @param behindCount        commits in base but not in target, or {@code null}
 */
public record GitCommitDiffs(boolean allChangesIncluded, Map<String, Integer> changeCounts, List<GitChange> changes,
                             String commonCommit, String baseCommit, String targetCommit, Integer aheadCount,
                             Integer behindCount) {

    /**
     * Copies the collections.
     *
     * @param allChangesIncluded whether this page ends the list
     * @param changeCounts       the number of changes by kind ({@code Add}, {@code Edit}, ...); empty when not sent
     * @param changes            the changes of this page; empty when not sent
     * @param commonCommit       the merge base, or {@code null}
     * @param baseCommit         the base commit, or {@code null}
     * @param targetCommit       the target commit, or {@code null}
     * @param aheadCount         commits in target but not in base, or {@code null}
     * @param behindCount        commits in base but not in target, or {@code null}
     * @throws NullPointerException if {@code changeCounts} or {@code changes} contains null
     */
    public GitCommitDiffs {
        changeCounts = Copies.map(changeCounts, "changeCounts");
        changes = Copies.list(changes, "changes");
    }
}
