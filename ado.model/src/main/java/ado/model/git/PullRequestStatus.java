package ado.model.git;

/** The state of a pull request. */
public enum PullRequestStatus {
    /** Not set (the default on requests). */
    NOT_SET,
    /** Open. */
    ACTIVE,
    /** Closed without merging. */
    ABANDONED,
    /** Merged and closed. */
    COMPLETED,
    /** Any status (a query value). */
    ALL,
    /** A status this version of ado4j does not know. */
    UNKNOWN
}
