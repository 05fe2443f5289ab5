package ado.model.git;

/** How deep an item listing goes. */
public enum RecursionLevel {
    /** Only the item. */
    NONE,
    /** The item and its direct children. */
    ONE_LEVEL,
    /** The item and everything below it. */
    FULL,
    /** A level this version of ado4j does not know. */
    UNKNOWN;

    String wire() {
        return switch (this) {
            case ONE_LEVEL -> "OneLevel";
            case FULL -> "Full";
            default -> "None";
        };
    }
}
