package ado.model.work.process;

/** What a read of a process's work item types adds ({@code $expand}). */
public enum ProcessWorkItemTypeExpand {
    /** Nothing. */
    NONE,
    /** The states, in {@link ProcessWorkItemType#states()}. */
    STATES,
    /** The behaviours (kept in {@link ProcessWorkItemType#other()}). */
    BEHAVIORS,
    /** The form layout (kept in {@link ProcessWorkItemType#other()}). */
    LAYOUT;

    /** {@return the wire name} */
    String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
