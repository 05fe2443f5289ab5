package ado.model.git;

import ado.model.internal.Copies;
import java.util.List;

/**
 * How a pull request completes (what auto-complete will do).
 *
 * @param mergeStrategy               the merge strategy, or {@code null}
 * @param deleteSourceBranch          whether to delete the source branch, or {@code null}
 * @param squashMerge                 the legacy squash flag, or {@code null}
 * @param mergeCommitMessage          the merge commit message, or {@code null}
 * @param transitionWorkItems         whether to transition linked work items, or {@code null}
 * @param bypassPolicy                whether to bypass policies, or {@code null}
 * @param bypassReason                why policies are bypassed, or {@code null}
 * @param triggeredByAutoComplete     whether auto-complete triggered completion, or {@code null}
 * @param autoCompleteIgnoreConfigIds the policy configuration ids auto-complete ignores; empty when absent
 */
public record GitPullRequestCompletionOptions(
        GitPullRequestMergeStrategy mergeStrategy,
        Boolean deleteSourceBranch,
        Boolean squashMerge,
        String mergeCommitMessage,
        Boolean transitionWorkItems,
        Boolean bypassPolicy,
        String bypassReason,
        Boolean triggeredByAutoComplete,
        List<Integer> autoCompleteIgnoreConfigIds) {

    /**
     * Copies {@code autoCompleteIgnoreConfigIds}.
     *
     * @param mergeStrategy               the merge strategy, or {@code null}
     * @param deleteSourceBranch          whether to delete the source branch, or {@code null}
     * @param squashMerge                 the legacy squash flag, or {@code null}
     * @param mergeCommitMessage          the merge commit message, or {@code null}
     * @param transitionWorkItems         whether to transition linked work items, or {@code null}
     * @param bypassPolicy                whether to bypass policies, or {@code null}
     * @param bypassReason                why policies are bypassed, or {@code null}
     * @param triggeredByAutoComplete     whether auto-complete triggered completion, or {@code null}
     * @param autoCompleteIgnoreConfigIds the policy configuration ids auto-complete ignores; empty when absent
     * @throws NullPointerException if {@code autoCompleteIgnoreConfigIds} contains null
     */
    public GitPullRequestCompletionOptions {
        autoCompleteIgnoreConfigIds = Copies.list(autoCompleteIgnoreConfigIds, "autoCompleteIgnoreConfigIds");
    }

    /**
     * {@return options that merge with {@code strategy} and delete the source branch or not}
     *
     * @param strategy           how to merge (wire name {@code mergeStrategy})
     * @param deleteSourceBranch whether to delete the source branch after the merge
     * @throws NullPointerException     if {@code strategy} is null
     * @throws IllegalArgumentException if {@code strategy} is {@code UNKNOWN}
     */
    public static GitPullRequestCompletionOptions of(GitPullRequestMergeStrategy strategy,
                                                     boolean deleteSourceBranch) {
        java.util.Objects.requireNonNull(strategy, "strategy == null");
        if (strategy == GitPullRequestMergeStrategy.UNKNOWN) {
            throw new IllegalArgumentException("strategy must not be UNKNOWN");
        }
        return new GitPullRequestCompletionOptions(strategy, deleteSourceBranch, null, null, null, null, null, null,
                null);
    }

    /**
     * {@return these options with merge commit message {@code message}}
     *
     * @param message the merge commit message, or {@code null} for the default one
     */
    public GitPullRequestCompletionOptions withMessage(String message) {
        return new GitPullRequestCompletionOptions(mergeStrategy, deleteSourceBranch, squashMerge, message,
                transitionWorkItems, bypassPolicy, bypassReason, triggeredByAutoComplete,
                autoCompleteIgnoreConfigIds);
    }
}
