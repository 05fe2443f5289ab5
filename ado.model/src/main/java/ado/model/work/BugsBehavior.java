package ado.model.work;

/** How a team's backlogs show bugs. */
public enum BugsBehavior {
    /** Bugs are not on backlogs. */
    OFF,
    /** Bugs are backlog items, like requirements. */
    AS_REQUIREMENTS,
    /** Bugs are tasks under requirements. */
    AS_TASKS,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
