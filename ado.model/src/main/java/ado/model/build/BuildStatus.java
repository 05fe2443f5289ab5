package ado.model.build;

import ado.core.json.JsonEnumNumber;

/** The status of a build. */
public enum BuildStatus {
    /** {@code none}. */
    @JsonEnumNumber(0) NONE,
    /** {@code inProgress}. */
    @JsonEnumNumber(1) IN_PROGRESS,
    /** {@code completed}. */
    @JsonEnumNumber(2) COMPLETED,
    /** {@code cancelling}. */
    @JsonEnumNumber(4) CANCELLING,
    /** {@code postponed}. */
    @JsonEnumNumber(8) POSTPONED,
    /** {@code notStarted}. */
    @JsonEnumNumber(32) NOT_STARTED,
    /** {@code all}. */
    @JsonEnumNumber(47) ALL,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
