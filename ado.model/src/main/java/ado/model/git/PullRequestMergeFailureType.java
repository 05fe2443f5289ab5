package ado.model.git;

/** Why a pull request's merge failed ({@code mergeFailureType}). */
public enum PullRequestMergeFailureType {
    /** No failure. */
    NONE,
    /** An unknown failure. */
    UNKNOWN,
    /** A case-sensitivity conflict in paths. */
    CASE_SENSITIVE,
    /** An object was too large. */
    OBJECT_TOO_LARGE
}
