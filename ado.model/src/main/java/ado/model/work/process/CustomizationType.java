package ado.model.work.process;

/** Where a process or one of its parts comes from. */
public enum CustomizationType {
    /** Shipped with Azure DevOps, read-only. */
    SYSTEM,
    /** Inherited from a system process (and possibly changed). */
    INHERITED,
    /** Added by the organisation. */
    CUSTOM,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
