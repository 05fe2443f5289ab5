package ado.model.wit;

import ado.core.json.JsonEnumNumber;

/** How much of each saved query to return ({@code $expand}). */
public enum QueryExpand {
    /** The query items with their metadata, without WIQL or clauses. */
    @JsonEnumNumber(0) NONE,
    /** Plus the WIQL text. */
    @JsonEnumNumber(1) WIQL,
    /** Plus the columns and sort columns. */
    @JsonEnumNumber(2) CLAUSES,
    /** Plus WIQL, columns and sort columns. */
    @JsonEnumNumber(3) ALL,
    /** Only id, name, path, folder flag and children. */
    @JsonEnumNumber(4) MINIMAL,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
