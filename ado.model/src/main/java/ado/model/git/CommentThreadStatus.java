package ado.model.git;

/** The state of a pull-request comment thread. */
public enum CommentThreadStatus {
    /** Open. */
    ACTIVE,
    /** Resolved. */
    FIXED,
    /** Resolved as won't fix. */
    WONT_FIX,
    /** Closed. */
    CLOSED,
    /** Resolved as by design. */
    BY_DESIGN,
    /** Pending. */
    PENDING,
    /** A status this version of ado4j does not know. */
    UNKNOWN
}
