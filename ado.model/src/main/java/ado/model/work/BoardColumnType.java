package ado.model.work;

import ado.core.json.JsonEnumNumber;

/** The role of a board column: the first is incoming, the last outgoing, the others in progress. */
public enum BoardColumnType {
    /** The first column (new work). */
    @JsonEnumNumber(0) INCOMING,
    /** A middle column. */
    @JsonEnumNumber(1) IN_PROGRESS,
    /** The last column (done). */
    @JsonEnumNumber(2) OUTGOING,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
