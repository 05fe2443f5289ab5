package ado.model.git;

import ado.core.json.JsonEnumNumber;

/** Why a pull request's merge failed ({@code mergeFailureType}). */
public enum PullRequestMergeFailureType {
    /** No failure. */
    @JsonEnumNumber(0) NONE,
    /** An unknown failure. */
    UNKNOWN,
    /** A case-sensitivity conflict in paths. */
    @JsonEnumNumber(2) CASE_SENSITIVE,
    /** An object was too large. */
    @JsonEnumNumber(3) OBJECT_TOO_LARGE
}
