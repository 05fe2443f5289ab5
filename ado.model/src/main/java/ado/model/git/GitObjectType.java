package ado.model.git;

/** The type of a Git object. */
public enum GitObjectType {
    /** A commit. */
    COMMIT,
    /** A tree (folder). */
    TREE,
    /** A blob (file). */
    BLOB,
    /** An annotated tag. */
    TAG,
    /** An invalid object. */
    BAD,
    /** A type this version of ado4j does not know. */
    UNKNOWN
}
