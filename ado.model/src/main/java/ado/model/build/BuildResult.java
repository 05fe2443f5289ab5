package ado.model.build;

/** The result of a completed build. */
public enum BuildResult {
    /** {@code none}. */
    NONE,
    /** {@code succeeded}. */
    SUCCEEDED,
    /** {@code partiallySucceeded}. */
    PARTIALLY_SUCCEEDED,
    /** {@code failed}. */
    FAILED,
    /** {@code canceled}. */
    CANCELED,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
