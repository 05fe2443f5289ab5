package ado.model.git;

/** What a {@link GitVersionDescriptor} names. */
public enum GitVersionType {
    /** A branch, by short name. */
    BRANCH,
    /** A tag, by short name. */
    TAG,
    /** A commit, by id. */
    COMMIT,
    /** A type this version of ado4j does not know. */
    UNKNOWN
}
