package ado.model.wit;

/** The type of a work item field. */
public enum FieldType {
    /** Up to 255 characters. */
    STRING,
    /** A 32-bit integer. */
    INTEGER,
    /** A date and time. */
    DATE_TIME,
    /** Long text without formatting. */
    PLAIN_TEXT,
    /** HTML text. */
    HTML,
    /** An area or iteration path. */
    TREE_PATH,
    /** The history (discussion) field. */
    HISTORY,
    /** A floating-point number. */
    DOUBLE,
    /** A GUID. */
    GUID,
    /** True or false. */
    BOOLEAN,
    /** A user or group. */
    IDENTITY,
    /** A picklist of strings. */
    PICKLIST_STRING,
    /** A picklist of integers. */
    PICKLIST_INTEGER,
    /** A picklist of numbers. */
    PICKLIST_DOUBLE,
    /** A type this version of ado4j does not know. */
    UNKNOWN
}
