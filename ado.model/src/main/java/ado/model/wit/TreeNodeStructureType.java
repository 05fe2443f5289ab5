package ado.model.wit;

/** What a classification node is: {@code structureType} on the wire. */
public enum TreeNodeStructureType {
    /** An area. */
    AREA,
    /** An iteration. */
    ITERATION,
    /** A type this version of ado4j does not know. */
    UNKNOWN
}
