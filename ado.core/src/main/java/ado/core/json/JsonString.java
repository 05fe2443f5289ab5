package ado.core.json;

import java.util.Objects;

/** A JSON string. */
public record JsonString(String value) implements JsonValue {

    /** Checks that {@code value} is present. */
    public JsonString {
        Objects.requireNonNull(value, "value == null");
    }

    /** {@return a JSON string holding {@code value}} */
    public static JsonString of(String value) {
        return new JsonString(value);
    }
}
