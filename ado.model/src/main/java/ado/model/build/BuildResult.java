package ado.model.build;

import ado.core.json.JsonEnumNumber;

/** The result of a completed build. */
public enum BuildResult {
    /** {@code none}. */
    @JsonEnumNumber(0) NONE,
    /** {@code succeeded}. */
    @JsonEnumNumber(2) SUCCEEDED,
    /** {@code partiallySucceeded}. */
    @JsonEnumNumber(4) PARTIALLY_SUCCEEDED,
    /** {@code failed}. */
    @JsonEnumNumber(8) FAILED,
    /** {@code canceled}. */
    @JsonEnumNumber(32) CANCELED,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
