package ado.model.policy;

import ado.core.json.JsonEnumNumber;

/** The state of a policy on a pull request. */
public enum PolicyEvaluationStatus {
    /** Waiting to be evaluated. */
    @JsonEnumNumber(0) QUEUED,
    /** Being evaluated (a build is running). */
    @JsonEnumNumber(1) RUNNING,
    /** Satisfied. */
    @JsonEnumNumber(2) APPROVED,
    /** Not satisfied: a blocking one blocks completion. */
    @JsonEnumNumber(3) REJECTED,
    /** Does not apply to this pull request. */
    @JsonEnumNumber(4) NOT_APPLICABLE,
    /** Evaluation failed. */
    @JsonEnumNumber(5) BROKEN,
    /** A status this version of ado4j does not know. */
    UNKNOWN
}
