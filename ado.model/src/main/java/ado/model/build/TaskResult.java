package ado.model.build;

/** The result of a timeline record (stage, job, task) or of a task-completed event. */
public enum TaskResult {
    /** {@code succeeded}. */
    SUCCEEDED,
    /** {@code succeededWithIssues}. */
    SUCCEEDED_WITH_ISSUES,
    /** {@code failed}. */
    FAILED,
    /** {@code canceled}. */
    CANCELED,
    /** {@code skipped}. */
    SKIPPED,
    /** {@code abandoned}. */
    ABANDONED,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
