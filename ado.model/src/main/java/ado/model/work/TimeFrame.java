package ado.model.work;

import ado.core.json.JsonEnumNumber;

/** Where a sprint lies relative to today. */
public enum TimeFrame {
    /** Finished. */
    @JsonEnumNumber(0) PAST,
    /** Running today. */
    @JsonEnumNumber(1) CURRENT,
    /** Not started. */
    @JsonEnumNumber(2) FUTURE,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
