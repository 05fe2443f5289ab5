package ado.model.build;

/** The kind of a build definition. */
public enum DefinitionType {
    /** {@code xaml}. */
    XAML,
    /** {@code build}. */
    BUILD,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
