package ado.model.pipelines;

import ado.core.json.JsonEnumNumber;

/** The result of a completed pipeline run. */
public enum RunResult {
    /** {@code succeeded}. */
    @JsonEnumNumber(1) SUCCEEDED,
    /** {@code failed}. */
    @JsonEnumNumber(2) FAILED,
    /** {@code canceled}. */
    @JsonEnumNumber(4) CANCELED,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
