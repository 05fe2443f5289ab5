package ado.model.pipelines;

import ado.core.json.JsonEnumNumber;

/** The state of a pipeline run. */
public enum RunState {
    /** {@code inProgress}. */
    @JsonEnumNumber(1) IN_PROGRESS,
    /** {@code canceling}. */
    @JsonEnumNumber(2) CANCELING,
    /** {@code completed}. */
    @JsonEnumNumber(4) COMPLETED,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
