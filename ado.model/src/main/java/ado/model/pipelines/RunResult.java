package ado.model.pipelines;

/** The result of a completed pipeline run. */
public enum RunResult {
    /** {@code succeeded}. */
    SUCCEEDED,
    /** {@code failed}. */
    FAILED,
    /** {@code canceled}. */
    CANCELED,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
