package ado.model.distributedtask;

/** Which variable groups a list returns, by what the caller may do with them ({@code actionFilter}). */
public enum VariableGroupActionFilter {
    /** Every group the caller can see. */
    NONE,
    /** Groups the caller can manage. */
    MANAGE,
    /** Groups the caller can use. */
    USE,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
