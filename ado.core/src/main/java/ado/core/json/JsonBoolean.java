package ado.core.json;

/** A JSON {@code true} or {@code false}. */
public enum JsonBoolean implements JsonValue {
    /** {@code true}. */
    TRUE,
    /** {@code false}. */
    FALSE;

    /**
     * {@return {@link #TRUE} or {@link #FALSE}}
     *
     * @param value the Java value
     */
    public static JsonBoolean of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** {@return the Java value} */
    public boolean value() {
        return this == TRUE;
    }
}
