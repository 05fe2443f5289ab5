package ado.model.work;

/** The role of a board column: the first is incoming, the last outgoing, the others in progress. */
public enum BoardColumnType {
    /** The first column (new work). */
    INCOMING,
    /** A middle column. */
    IN_PROGRESS,
    /** The last column (done). */
    OUTGOING,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
