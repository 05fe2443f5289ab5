package ado.model.build;

/** The state of a timeline record. */
public enum TimelineRecordState {
    /** {@code pending}. */
    PENDING,
    /** {@code inProgress}. */
    IN_PROGRESS,
    /** {@code completed}. */
    COMPLETED,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
