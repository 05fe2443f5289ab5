package ado.model.pipelines;

/** The status of an approval. */
public enum ApprovalStatus {
    /** {@code undefined}. */
    UNDEFINED,
    /** {@code pending}. */
    PENDING,
    /** {@code approved}. */
    APPROVED,
    /** {@code rejected}. */
    REJECTED,
    /** {@code skipped}. */
    SKIPPED,
    /** {@code canceled}. */
    CANCELED,
    /** {@code timedOut}. */
    TIMED_OUT,
    /** {@code failed}. */
    FAILED,
    /** {@code completed}. */
    COMPLETED,
    /** {@code all}. */
    ALL,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
