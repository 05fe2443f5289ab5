package ado.model;

/** Who can see a project. */
public enum ProjectVisibility {
    /** Members only. */
    PRIVATE,
    /** Anyone. */
    PUBLIC,
    /** A visibility this version of ado4j does not know. */
    UNKNOWN
}
