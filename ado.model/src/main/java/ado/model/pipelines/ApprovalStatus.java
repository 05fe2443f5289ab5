package ado.model.pipelines;

/**
 * The status of an approval. It declares no {@link ado.core.json.JsonEnumNumber}s: the spec lists the names only and
 * no generated client publishes the numbers, so an integer reads as {@link #UNKNOWN}.
 */
public enum ApprovalStatus {
    /** {@code undefined}. */
    UNDEFINED,
    /** {@code uninitiated}. */
    UNINITIATED,
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
