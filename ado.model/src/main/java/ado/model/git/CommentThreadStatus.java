package ado.model.git;

import ado.core.json.JsonEnumNumber;

/** The state of a pull-request comment thread. */
public enum CommentThreadStatus {
    /** Open. */
    @JsonEnumNumber(1) ACTIVE,
    /** Resolved. */
    @JsonEnumNumber(2) FIXED,
    /** Resolved as won't fix. */
    @JsonEnumNumber(3) WONT_FIX,
    /** Closed. */
    @JsonEnumNumber(4) CLOSED,
    /** Resolved as by design. */
    @JsonEnumNumber(5) BY_DESIGN,
    /** Pending. */
    @JsonEnumNumber(6) PENDING,
    /** A status this version of ado4j does not know. */
    UNKNOWN
}
