package ado.model.work;

import ado.core.json.JsonEnumNumber;

/** How a team's backlogs show bugs. */
public enum BugsBehavior {
    /** Bugs are not on backlogs. */
    @JsonEnumNumber(0) OFF,
    /** Bugs are backlog items, like requirements. */
    @JsonEnumNumber(1) AS_REQUIREMENTS,
    /** Bugs are tasks under requirements. */
    @JsonEnumNumber(2) AS_TASKS,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
