package ado.model.wit;

import ado.core.json.JsonEnumNumber;

/** What a batch read does with ids it cannot read ({@code errorPolicy}). */
public enum WorkItemErrorPolicy {
    /** Fail the whole read (404 for the first missing id); the default. */
    @JsonEnumNumber(1) FAIL,
    /** Answer {@code null} at the position of each id that cannot be read. */
    @JsonEnumNumber(2) OMIT,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
