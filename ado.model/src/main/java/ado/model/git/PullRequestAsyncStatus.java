package ado.model.git;

import ado.core.json.JsonEnumNumber;

/** The state of a pull request's merge attempt ({@code mergeStatus}). */
public enum PullRequestAsyncStatus {
    /** No merge attempted. */
    @JsonEnumNumber(0) NOT_SET,
    /** The merge is queued. */
    @JsonEnumNumber(1) QUEUED,
    /** The merge failed with conflicts. */
    @JsonEnumNumber(2) CONFLICTS,
    /** The merge succeeded. */
    @JsonEnumNumber(3) SUCCEEDED,
    /** A policy rejected the merge. */
    @JsonEnumNumber(4) REJECTED_BY_POLICY,
    /** The merge failed for another reason. */
    @JsonEnumNumber(5) FAILURE,
    /** A status this version of ado4j does not know. */
    UNKNOWN
}
