package ado.model.git;

/** The kind of a change to an item. Combined kinds ({@code "edit, rename"}) read as {@link #UNKNOWN}. */
public enum VersionControlChangeType {
    /** Added. */
    ADD,
    /** Edited. */
    EDIT,
    /** Deleted. */
    DELETE,
    /** Renamed (moved). */
    RENAME,
    /** No change. */
    NONE,
    /** A kind this version of ado4j does not know, or a combination. */
    UNKNOWN
}
