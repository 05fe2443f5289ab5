package ado.model.build;

/** The status of a build. */
public enum BuildStatus {
    /** {@code none}. */
    NONE,
    /** {@code inProgress}. */
    IN_PROGRESS,
    /** {@code completed}. */
    COMPLETED,
    /** {@code cancelling}. */
    CANCELLING,
    /** {@code postponed}. */
    POSTPONED,
    /** {@code notStarted}. */
    NOT_STARTED,
    /** {@code all}. */
    ALL,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
