package ado.core.json;

import java.util.List;

/**
 * A JSON array. Immutable.
 *
 * @param values the elements, in order; an immutable list, never {@code null}
 */
public record JsonArray(List<JsonValue> values) implements JsonValue {

    /** An empty array. */
    public static final JsonArray EMPTY = new JsonArray(List.of());

    /**
     * Copies {@code values} into an immutable list; no element may be {@code null} (use {@link JsonNull}).
     *
     * @param values the elements; copied
     */
    public JsonArray {
        values = List.copyOf(values);
    }

    /**
     * {@return an array of the given values}
     *
     * @param values the elements
     */
    public static JsonArray of(JsonValue... values) {
        return new JsonArray(List.of(values));
    }

    /**
     * {@return the element at {@code index}}
     *
     * @param index the 0-based index
     * @throws IndexOutOfBoundsException if there is no element at {@code index}
     */
    public JsonValue get(int index) {
        return values.get(index);
    }

    /** {@return the number of elements} */
    public int size() {
        return values.size();
    }
}
