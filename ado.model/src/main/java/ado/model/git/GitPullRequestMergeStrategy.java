package ado.model.git;

import ado.core.json.JsonEnumNumber;

/** How a pull request is merged on completion. */
public enum GitPullRequestMergeStrategy {
    /** A merge commit (no fast-forward). */
    @JsonEnumNumber(1) NO_FAST_FORWARD,
    /** One squashed commit. */
    @JsonEnumNumber(2) SQUASH,
    /** Rebase, then fast-forward. */
    @JsonEnumNumber(3) REBASE,
    /** Rebase, then a merge commit. */
    @JsonEnumNumber(4) REBASE_MERGE,
    /** A strategy this version of ado4j does not know. */
    UNKNOWN
}
