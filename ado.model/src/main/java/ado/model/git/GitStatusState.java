package ado.model.git;

/** The state of a status posted on a pull request. */
public enum GitStatusState {
    /** Not set. */
    NOT_SET,
    /** Pending. */
    PENDING,
    /** Succeeded. */
    SUCCEEDED,
    /** Failed. */
    FAILED,
    /** Errored. */
    ERROR,
    /** Not applicable. */
    NOT_APPLICABLE,
    /** A state this version of ado4j does not know. */
    UNKNOWN
}
