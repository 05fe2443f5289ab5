package ado.model;

import ado.core.json.JsonEnumNumber;

/** Who can see a project. */
public enum ProjectVisibility {
    /** Members only. */
    @JsonEnumNumber(0) PRIVATE,
    /** Anyone. */
    @JsonEnumNumber(2) PUBLIC,
    /** A visibility this version of ado4j does not know. */
    UNKNOWN
}
