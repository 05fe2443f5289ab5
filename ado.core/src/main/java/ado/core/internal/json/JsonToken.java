package ado.core.internal.json;

/** The kind of the next JSON value, as named in type-mismatch messages ("... but was NUMBER"). */
enum JsonToken {
    OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL;

    /** {@return the token a value starting with byte {@code c} has, or {@code null} if no value starts so} */
    static JsonToken startingWith(int c) {
        return switch (c) {
            case '{' -> OBJECT;
            case '[' -> ARRAY;
            case '"' -> STRING;
            case 't', 'f' -> BOOLEAN;
            case 'n' -> NULL;
            case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> NUMBER;
            default -> null;
        };
    }
}
