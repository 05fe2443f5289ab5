package ado.model.wit;

/** The kind of a work item query. */
public enum QueryType {
    /** A list of work items ({@code FROM WorkItems}). */
    FLAT,
    /** Work items and their links one hop away ({@code FROM WorkItemLinks}). */
    ONE_HOP,
    /** A hierarchy of work items ({@code FROM WorkItemLinks ... MODE (Recursive)}). */
    TREE,
    /** A type this version of ado4j does not know. */
    UNKNOWN
}
