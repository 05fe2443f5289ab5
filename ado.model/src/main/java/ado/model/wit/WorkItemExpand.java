package ado.model.wit;

/** What a work item read adds to the fields ({@code $expand}). */
public enum WorkItemExpand {
    /** Fields only (the default). */
    NONE,
    /** Fields and relations. */
    RELATIONS,
    /** Fields (all of them). */
    FIELDS,
    /** Fields and {@code _links}. */
    LINKS,
    /** Fields, relations and {@code _links}. */
    ALL,
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
