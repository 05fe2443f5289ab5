package ado.model.build;

import ado.core.json.JsonEnumNumber;

/** The state of a timeline record. */
public enum TimelineRecordState {
    /** {@code pending}. */
    @JsonEnumNumber(0) PENDING,
    /** {@code inProgress}. */
    @JsonEnumNumber(1) IN_PROGRESS,
    /** {@code completed}. */
    @JsonEnumNumber(2) COMPLETED,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
