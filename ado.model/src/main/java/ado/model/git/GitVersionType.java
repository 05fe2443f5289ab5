package ado.model.git;

import ado.core.json.JsonEnumNumber;

/** What a {@link GitVersionDescriptor} names. */
public enum GitVersionType {
    /** A branch, by short name. */
    @JsonEnumNumber(0) BRANCH,
    /** A tag, by short name. */
    @JsonEnumNumber(1) TAG,
    /** A commit, by id. */
    @JsonEnumNumber(2) COMMIT,
    /** A type this version of ado4j does not know. */
    UNKNOWN
}
