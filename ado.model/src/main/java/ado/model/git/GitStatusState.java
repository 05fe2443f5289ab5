package ado.model.git;

import ado.core.json.JsonEnumNumber;

/** The state of a status posted on a pull request. */
public enum GitStatusState {
    /** Not set. */
    @JsonEnumNumber(0) NOT_SET,
    /** Pending. */
    @JsonEnumNumber(1) PENDING,
    /** Succeeded. */
    @JsonEnumNumber(2) SUCCEEDED,
    /** Failed. */
    @JsonEnumNumber(3) FAILED,
    /** Errored. */
    @JsonEnumNumber(4) ERROR,
    /** Not applicable. */
    @JsonEnumNumber(5) NOT_APPLICABLE,
    /** A state this version of ado4j does not know. */
    UNKNOWN
}
