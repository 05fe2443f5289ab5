package ado.model.policy;

/** The state of a policy on a pull request. */
public enum PolicyEvaluationStatus {
    /** Waiting to be evaluated. */
    QUEUED,
    /** Being evaluated (a build is running). */
    RUNNING,
    /** Satisfied. */
    APPROVED,
    /** Not satisfied: a blocking one blocks completion. */
    REJECTED,
    /** Does not apply to this pull request. */
    NOT_APPLICABLE,
    /** Evaluation failed. */
    BROKEN,
    /** A status this version of ado4j does not know. */
    UNKNOWN
}
