package ado.model.build;

import ado.core.json.JsonEnumNumber;

/** The result of a timeline record (stage, job, task) or of a task-completed event. */
public enum TaskResult {
    /** {@code succeeded}. */
    @JsonEnumNumber(0) SUCCEEDED,
    /** {@code succeededWithIssues}. */
    @JsonEnumNumber(1) SUCCEEDED_WITH_ISSUES,
    /** {@code failed}. */
    @JsonEnumNumber(2) FAILED,
    /** {@code canceled}. */
    @JsonEnumNumber(3) CANCELED,
    /** {@code skipped}. */
    @JsonEnumNumber(4) SKIPPED,
    /** {@code abandoned}. */
    @JsonEnumNumber(5) ABANDONED,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
