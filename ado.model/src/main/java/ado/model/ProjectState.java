package ado.model;

/** The lifecycle state of a project. */
public enum ProjectState {
    /** The project is being deleted. */
    DELETING,
    /** The project is being created. */
    NEW,
    /** The project is ready. */
    WELL_FORMED,
    /** The project is being created or updated. */
    CREATE_PENDING,
    /** All states (a query value). */
    ALL,
    /** Unchanged (a query value the server also echoes in references). */
    UNCHANGED,
    /** The project is deleted. */
    DELETED,
    /** A state this version of ado4j does not know. */
    UNKNOWN
}
