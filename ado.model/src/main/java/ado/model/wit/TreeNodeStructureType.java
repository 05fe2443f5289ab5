package ado.model.wit;

import ado.core.json.JsonEnumNumber;

/** What a classification node is: {@code structureType} on the wire. */
public enum TreeNodeStructureType {
    /** An area. */
    @JsonEnumNumber(0) AREA,
    /** An iteration. */
    @JsonEnumNumber(1) ITERATION,
    /** A type this version of ado4j does not know. */
    UNKNOWN
}
