package ado.model.git;

/** How a pull request is merged on completion. */
public enum GitPullRequestMergeStrategy {
    /** A merge commit (no fast-forward). */
    NO_FAST_FORWARD,
    /** One squashed commit. */
    SQUASH,
    /** Rebase, then fast-forward. */
    REBASE,
    /** Rebase, then a merge commit. */
    REBASE_MERGE,
    /** A strategy this version of ado4j does not know. */
    UNKNOWN
}
