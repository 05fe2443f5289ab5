package ado.model.git;

/** The state of a pull request's merge attempt ({@code mergeStatus}). */
public enum PullRequestAsyncStatus {
    /** No merge attempted. */
    NOT_SET,
    /** The merge is queued. */
    QUEUED,
    /** The merge failed with conflicts. */
    CONFLICTS,
    /** The merge succeeded. */
    SUCCEEDED,
    /** A policy rejected the merge. */
    REJECTED_BY_POLICY,
    /** The merge failed for another reason. */
    FAILURE,
    /** A status this version of ado4j does not know. */
    UNKNOWN
}
