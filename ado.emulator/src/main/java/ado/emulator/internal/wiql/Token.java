package ado.emulator.internal.wiql;

/**
 * A WIQL token.
 *
 * @param kind     what it is
 * @param text     the text as written (for strings, the value without quotes; for fields, without brackets)
 * @param position the 1-based character position where it starts
 */
record Token(Kind kind, String text, int position) {

    /** Token kinds. */
    enum Kind {
        /** A word: a keyword or an unbracketed field name such as {@code System.Id}. */
        WORD,
        /** A bracketed field name, {@code [System.Title]}. */
        FIELD,
        /** A quoted string. */
        STRING,
        /** A number. */
        NUMBER,
        /** A macro, {@code @Me}. */
        MACRO,
        /** A comparison operator: {@code = <> < > <= >=}. */
        OPERATOR,
        /** {@code ,}. */
        COMMA,
        /** {@code (}. */
        OPEN,
        /** {@code )}. */
        CLOSE,
        /** {@code .} between a link prefix and a field. */
        DOT,
        /** {@code +}. */
        PLUS,
        /** {@code -}. */
        MINUS,
        /** The end of the statement. */
        END
    }

    /** {@return whether this is the keyword {@code keyword} (case-insensitive)} */
    boolean is(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    /** {@return the token as ADO quotes it in messages} */
    String quoted() {
        return switch (kind) {
            case END -> "«end of statement»";
            case FIELD -> "«[" + text + "]»";
            case STRING -> "«'" + text + "'»";
            default -> "«" + text + "»";
        };
    }
}
