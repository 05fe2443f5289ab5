package ado.model.git;

import ado.model.internal.Checks;
import java.util.Objects;

/**
 * How far a branch is ahead of and behind the base branch.
 *
 * @param name          the short branch name
 * @param commit        the branch head
 * @param aheadCount    commits on the branch but not on the base
 * @param behindCount   commits on the base but not on the branch
 * @param isBaseVersion whether this is the base branch
 */
public record GitBranchStats(String name, GitCommitRef commit, int aheadCount, int behindCount,
                             boolean isBaseVersion) {

    /**
     * Checks the name and the commit.
     *
     * @param name          the short branch name
     * @param commit        the branch head
     * @param aheadCount    commits on the branch but not on the base
     * @param behindCount   commits on the base but not on the branch
     * @param isBaseVersion whether this is the base branch
     * @throws NullPointerException     if {@code name} or {@code commit} is null
     * @throws IllegalArgumentException if {@code name} is blank or {@code aheadCount} is negative or
     *                                  {@code behindCount} is negative
     */
    public GitBranchStats {
        Checks.nonBlank(name, "name");
        Objects.requireNonNull(commit, "commit == null");
        Checks.nonNegative(aheadCount, "aheadCount");
        Checks.nonNegative(behindCount, "behindCount");
    }
}
