package ado.model.distributedtask;

import ado.core.json.JsonEnumNumber;

/** Which variable groups a list returns, by what the caller may do with them ({@code actionFilter}). */
public enum VariableGroupActionFilter {
    /** Every group the caller can see. */
    @JsonEnumNumber(0) NONE,
    /** Groups the caller can manage. */
    @JsonEnumNumber(2) MANAGE,
    /** Groups the caller can use. */
    @JsonEnumNumber(16) USE,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
