package ado.model.wit;

import ado.core.json.JsonEnumNumber;

/** The kind of a work item query. */
public enum QueryType {
    /** A list of work items ({@code FROM WorkItems}). */
    @JsonEnumNumber(1) FLAT,
    /** Work items and their links one hop away ({@code FROM WorkItemLinks}). */
    @JsonEnumNumber(3) ONE_HOP,
    /** A hierarchy of work items ({@code FROM WorkItemLinks ... MODE (Recursive)}). */
    @JsonEnumNumber(2) TREE,
    /** A type this version of ado4j does not know. */
    UNKNOWN
}
