package ado.model.work;

/** Where a sprint lies relative to today. */
public enum TimeFrame {
    /** Finished. */
    PAST,
    /** Running today. */
    CURRENT,
    /** Not started. */
    FUTURE,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
