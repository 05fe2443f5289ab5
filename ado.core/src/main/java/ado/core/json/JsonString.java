package ado.core.json;

import java.util.Objects;

/**
 * A JSON string. Immutable.
 *
 * @param value the string, unescaped; never {@code null}
 */
public record JsonString(String value) implements JsonValue {

    /**
     * Checks that {@code value} is present.
     *
     * @param value the string, unescaped
     */
    public JsonString {
        Objects.requireNonNull(value, "value == null");
    }

    /**
     * {@return a JSON string holding {@code value}}
     *
     * @param value the string, unescaped
     */
    public static JsonString of(String value) {
        return new JsonString(value);
    }
}
