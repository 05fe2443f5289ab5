package ado.model.wit;

/** What a query result holds. */
public enum QueryResultType {
    /** Work item references ({@link WiqlResult#workItems()}). */
    WORK_ITEM,
    /** Work item links ({@link WiqlResult#workItemRelations()}). */
    WORK_ITEM_LINK,
    /** A type this version of ado4j does not know. */
    UNKNOWN
}
