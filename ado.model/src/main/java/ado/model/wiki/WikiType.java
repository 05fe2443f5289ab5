package ado.model.wiki;

import ado.core.json.JsonEnumNumber;

/** The kind of a wiki. */
public enum WikiType {
    /** The project's own wiki, backed by a hidden repository. */
    @JsonEnumNumber(0) PROJECT_WIKI,
    /** A folder of a Git repository published as a wiki. */
    @JsonEnumNumber(1) CODE_WIKI,
    /** A type this version of ado4j does not know. */
    UNKNOWN
}
