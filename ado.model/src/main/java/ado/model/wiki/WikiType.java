package ado.model.wiki;

/** The kind of a wiki. */
public enum WikiType {
    /** The project's own wiki, backed by a hidden repository. */
    PROJECT_WIKI,
    /** A folder of a Git repository published as a wiki. */
    CODE_WIKI,
    /** A type this version of ado4j does not know. */
    UNKNOWN
}
