package ado.model.wit;

import ado.core.json.JsonEnumNumber;

/** What a query result holds. */
public enum QueryResultType {
    /** Work item references ({@link WiqlResult#workItems()}). */
    @JsonEnumNumber(1) WORK_ITEM,
    /** Work item links ({@link WiqlResult#workItemRelations()}). */
    @JsonEnumNumber(2) WORK_ITEM_LINK,
    /** A type this version of ado4j does not know. */
    UNKNOWN
}
