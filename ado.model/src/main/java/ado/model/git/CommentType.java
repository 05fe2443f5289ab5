package ado.model.git;

import ado.core.json.JsonEnumNumber;

/** The kind of a pull-request comment. */
public enum CommentType {
    /** Written by a user. */
    @JsonEnumNumber(1) TEXT,
    /** A code change suggestion. */
    @JsonEnumNumber(2) CODE_CHANGE,
    /** Written by the system. */
    @JsonEnumNumber(3) SYSTEM,
    /** A type this version of ado4j does not know. */
    UNKNOWN
}
