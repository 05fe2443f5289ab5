package ado.model.policy;

/** How a policy scope's {@code refName} selects branches. */
public enum MatchKind {
    /** The branch named exactly {@code refName}. */
    EXACT,
    /** Every branch whose name starts with {@code refName}. */
    PREFIX,
    /** The repository's default branch ({@code refName} is ignored). */
    DEFAULT_BRANCH,
    /** A match kind this version of ado4j does not know. */
    UNKNOWN;

    /** {@return ADO's name: Exact, Prefix or DefaultBranch} */
    public String wireName() {
        return switch (this) {
            case EXACT -> "Exact";
            case PREFIX -> "Prefix";
            case DEFAULT_BRANCH -> "DefaultBranch";
            case UNKNOWN -> throw new IllegalStateException("matchKind UNKNOWN has no wire name");
        };
    }

    /**
     * {@return the constant for ADO's name {@code wire}, compared case-insensitively; UNKNOWN for others}
     *
     * @param wire ADO's name, such as {@code Exact}, {@code Prefix} or {@code DefaultBranch}, or {@code null}
     */
    public static MatchKind ofWire(String wire) {
        for (MatchKind k : values()) {
            if (k != UNKNOWN && k.wireName().equalsIgnoreCase(wire)) {
                return k;
            }
        }
        return UNKNOWN;
    }
}
