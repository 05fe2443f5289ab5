package ado.core.json;

/**
 * An immutable JSON value: the tree for data whose shape is not fixed (work item fields, template parameters,
 * properties ado4j does not model). Values compare by content; objects keep their members' order.
 *
 * <pre>{@code
 * JsonValue v = JsonValue.parse("{\"System.Title\":\"Fix it\",\"System.Rev\":3}");
 * if (v instanceof JsonObject o && o.get("System.Rev") instanceof JsonNumber n) {
 *     long rev = n.longValue();
 * }
 * String json = v.toJson(); // {"System.Title":"Fix it","System.Rev":3}
 * }</pre>
 */
public sealed interface JsonValue permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {

    /**
     * Parses a JSON text with the built-in codec.
     *
     * @param json the JSON text
     * @return the tree
     * @throws ado.core.error.AdoJsonException if the text is not valid JSON
     */
    static JsonValue parse(String json) {
        return JsonCodec.builtin().read(json, JsonType.of(JsonValue.class));
    }

    /** {@return this value as compact JSON text} */
    default String toJson() {
        return JsonCodec.builtin().writeString(this);
    }
}
