package ado.model.wit;

import ado.core.json.JsonEnumNumber;

/** What a work item read adds to the fields ({@code $expand}). */
public enum WorkItemExpand {
    /** Fields only (the default). */
    @JsonEnumNumber(0) NONE,
    /** Fields and relations. */
    @JsonEnumNumber(1) RELATIONS,
    /** Fields (all of them). */
    @JsonEnumNumber(2) FIELDS,
    /** Fields and {@code _links}. */
    @JsonEnumNumber(3) LINKS,
    /** Fields, relations and {@code _links}. */
    @JsonEnumNumber(4) ALL,
    /** A value this version of ado4j does not know. */
    UNKNOWN;

    /** {@return the query value Azure DevOps documents, such as {@code Relations}} */
    public String queryValue() {
        if (this == UNKNOWN) {
            throw new IllegalArgumentException("expand UNKNOWN cannot be sent");
        }
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
