package ado.core.json;

import java.util.List;

/** A JSON array; its list is immutable and never {@code null}. */
public record JsonArray(List<JsonValue> values) implements JsonValue {

    /** An empty array. */
    public static final JsonArray EMPTY = new JsonArray(List.of());

    /** Copies {@code values} into an immutable list; no element may be {@code null} (use {@link JsonNull}). */
    public JsonArray {
        values = List.copyOf(values);
    }

    /** {@return an array of the given values} */
    public static JsonArray of(JsonValue... values) {
        return new JsonArray(List.of(values));
    }

    /** {@return the element at {@code index}} */
    public JsonValue get(int index) {
        return values.get(index);
    }

    /** {@return the number of elements} */
    public int size() {
        return values.size();
    }
}
