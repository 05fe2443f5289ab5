package ado.model.wit;

/** What a batch read does with ids it cannot read ({@code errorPolicy}). */
public enum WorkItemErrorPolicy {
    /** Fail the whole read (404 for the first missing id); the default. */
    FAIL,
    /** Answer {@code null} at the position of each id that cannot be read. */
    OMIT,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
