package ado.model.identity;

/** Which memberships {@link Identities} reads along with the identities. */
public enum QueryMembership {
    /** None. */
    NONE("None"),
    /** Direct members and groups. */
    DIRECT("Direct"),
    /** Everything, expanded. */
    EXPANDED("Expanded");

    private final String wire;

    QueryMembership(String wire) {
        this.wire = wire;
    }

    /** {@return the query value, such as {@code None}} */
    public String wire() {
        return wire;
    }
}
