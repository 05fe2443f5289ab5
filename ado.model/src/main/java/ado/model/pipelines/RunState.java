package ado.model.pipelines;

/** The state of a pipeline run. */
public enum RunState {
    /** {@code inProgress}. */
    IN_PROGRESS,
    /** {@code canceling}. */
    CANCELING,
    /** {@code completed}. */
    COMPLETED,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
