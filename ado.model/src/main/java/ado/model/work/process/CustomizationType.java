package ado.model.work.process;

import ado.core.json.JsonEnumNumber;

/** Where a process or one of its parts comes from. */
public enum CustomizationType {
    /** Shipped with Azure DevOps, read-only. */
    @JsonEnumNumber(1) SYSTEM,
    /** Inherited from a system process (and possibly changed). */
    @JsonEnumNumber(2) INHERITED,
    /** Added by the organisation. */
    @JsonEnumNumber(3) CUSTOM,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
