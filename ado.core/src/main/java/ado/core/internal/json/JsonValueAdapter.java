package ado.core.internal.json;

import ado.core.json.JsonArray;
import ado.core.json.JsonBoolean;
import ado.core.json.JsonNull;
import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;

/**
 * Binds {@link JsonValue} and its subtypes. JSON null reads as {@link JsonNull#INSTANCE} for {@code JsonValue} and
 * {@code JsonNull}, and as {@code null} for the other subtypes.
 */
final class JsonValueAdapter<T extends JsonValue> implements TypeAdapter<T> {

    private final Class<T> type;
    private final JsonToken token; // the only token accepted, or null for any
    private final String expected;

    private JsonValueAdapter(Class<T> type, JsonToken token, String expected) {
        this.type = type;
        this.token = token;
        this.expected = expected;
    }

    /** {@return the adapter for {@code type}, a subtype of {@code JsonValue}} */
    static TypeAdapter<?> of(Class<?> type) {
        if (type == JsonObject.class) {
            return new JsonValueAdapter<>(JsonObject.class, JsonToken.OBJECT, "an object");
        } else if (type == JsonArray.class) {
            return new JsonValueAdapter<>(JsonArray.class, JsonToken.ARRAY, "an array");
        } else if (type == JsonString.class) {
            return new JsonValueAdapter<>(JsonString.class, JsonToken.STRING, "a string");
        } else if (type == JsonNumber.class) {
            return new JsonValueAdapter<>(JsonNumber.class, JsonToken.NUMBER, "a number");
        } else if (type == JsonBoolean.class) {
            return new JsonValueAdapter<>(JsonBoolean.class, JsonToken.BOOLEAN, "a boolean");
        } else if (type == JsonNull.class) {
            return new JsonValueAdapter<>(JsonNull.class, JsonToken.NULL, "null");
        }
        return new JsonValueAdapter<>(JsonValue.class, null, "a value");
    }

    @Override
    public T read(JsonReader in) {
        if (token != null) {
            JsonToken actual = in.peek();
            if (actual != token) {
                if (actual == JsonToken.NULL) {
                    in.nextIsNull();
                    return null;
                }
                throw in.mismatch(expected);
            }
        }
        return type.cast(TreeReader.read(in));
    }

    @Override
    public void write(JsonWriter out, T value) {
        TreeWriter.write(out, value);
    }
}
