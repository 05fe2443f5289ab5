package ado.model.git;

import ado.core.json.JsonEnumNumber;

/** How deep an item listing goes. */
public enum RecursionLevel {
    /** Only the item. */
    @JsonEnumNumber(0) NONE,
    /** The item and its direct children. */
    @JsonEnumNumber(1) ONE_LEVEL,
    /** The item and everything below it. */
    @JsonEnumNumber(120) FULL,
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
