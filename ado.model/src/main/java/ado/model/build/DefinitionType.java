package ado.model.build;

import ado.core.json.JsonEnumNumber;

/** The kind of a build definition. */
public enum DefinitionType {
    /** {@code xaml}. */
    @JsonEnumNumber(1) XAML,
    /** {@code build}. */
    @JsonEnumNumber(2) BUILD,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
