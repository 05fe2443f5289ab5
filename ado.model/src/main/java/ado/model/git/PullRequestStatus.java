package ado.model.git;

import ado.core.json.JsonEnumNumber;

/** The state of a pull request. */
public enum PullRequestStatus {
    /** Not set (the default on requests). */
    @JsonEnumNumber(0) NOT_SET,
    /** Open. */
    @JsonEnumNumber(1) ACTIVE,
    /** Closed without merging. */
    @JsonEnumNumber(2) ABANDONED,
    /** Merged and closed. */
    @JsonEnumNumber(3) COMPLETED,
    /** Any status (a query value). */
    @JsonEnumNumber(4) ALL,
    /** A status this version of ado4j does not know. */
    UNKNOWN
}
