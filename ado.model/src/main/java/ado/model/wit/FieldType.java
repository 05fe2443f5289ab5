package ado.model.wit;

import ado.core.json.JsonEnumNumber;

/** The type of a work item field. */
public enum FieldType {
    /** Up to 255 characters. */
    @JsonEnumNumber(0) STRING,
    /** A 32-bit integer. */
    @JsonEnumNumber(1) INTEGER,
    /** A date and time. */
    @JsonEnumNumber(2) DATE_TIME,
    /** Long text without formatting. */
    @JsonEnumNumber(3) PLAIN_TEXT,
    /** HTML text. */
    @JsonEnumNumber(4) HTML,
    /** An area or iteration path. */
    @JsonEnumNumber(5) TREE_PATH,
    /** The history (discussion) field. */
    @JsonEnumNumber(6) HISTORY,
    /** A floating-point number. */
    @JsonEnumNumber(7) DOUBLE,
    /** A GUID. */
    @JsonEnumNumber(8) GUID,
    /** True or false. */
    @JsonEnumNumber(9) BOOLEAN,
    /** A user or group. */
    @JsonEnumNumber(10) IDENTITY,
    /** A picklist of strings. */
    @JsonEnumNumber(11) PICKLIST_STRING,
    /** A picklist of integers. */
    @JsonEnumNumber(12) PICKLIST_INTEGER,
    /** A picklist of numbers. */
    @JsonEnumNumber(13) PICKLIST_DOUBLE,
    /** A type this version of ado4j does not know. */
    UNKNOWN
}
