package ado.model.git;

/** The kind of a pull-request comment. */
public enum CommentType {
    /** Written by a user. */
    TEXT,
    /** A code change suggestion. */
    CODE_CHANGE,
    /** Written by the system. */
    SYSTEM,
    /** A type this version of ado4j does not know. */
    UNKNOWN
}
