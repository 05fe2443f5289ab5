package ado.model.wit;

/** How much of each saved query to return ({@code $expand}). */
public enum QueryExpand {
    /** The query items with their metadata, without WIQL or clauses. */
    NONE,
    /** Plus the WIQL text. */
    WIQL,
    /** Plus the columns and sort columns. */
    CLAUSES,
    /** Plus WIQL, columns and sort columns. */
    ALL,
    /** Only id, name, path, folder flag and children. */
    MINIMAL,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
