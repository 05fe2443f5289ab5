package ado.json.internal;

import ado.core.json.JsonArray;
import ado.core.json.JsonBoolean;
import ado.core.json.JsonNull;
import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;

/** Streams {@link JsonValue} trees to and from Jackson tokens, numbers kept exact. */
public final class JsonValues {

    private JsonValues() {
    }

    /** {@return the value starting at the parser's current token (a field name reads the rest of an object)} */
    public static JsonValue read(JsonParser p) throws IOException {
        switch (p.currentTokenId()) {
            case JsonTokenId.ID_START_OBJECT:
                p.nextToken();
                return readMembers(p);
            case JsonTokenId.ID_FIELD_NAME:
            case JsonTokenId.ID_END_OBJECT:
                return readMembers(p);
            case JsonTokenId.ID_START_ARRAY: {
                var values = new ArrayList<JsonValue>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    values.add(read(p));
                }
                return new JsonArray(values);
            }
            case JsonTokenId.ID_STRING:
                return new JsonString(p.getText());
            case JsonTokenId.ID_NUMBER_INT:
            case JsonTokenId.ID_NUMBER_FLOAT:
                return number(p);
            case JsonTokenId.ID_TRUE:
                return JsonBoolean.TRUE;
            case JsonTokenId.ID_FALSE:
                return JsonBoolean.FALSE;
            case JsonTokenId.ID_NULL:
                return JsonNull.INSTANCE;
            default:
                throw new com.fasterxml.jackson.core.JsonParseException(p, "Expected a JSON value but was "
                        + p.currentToken());
        }
    }

    /** {@return the number at the parser, exactly; a literal beyond BigDecimal's range is a located error} */
    private static JsonNumber number(JsonParser p) throws IOException {
        try {
            if (p.currentTokenId() == JsonTokenId.ID_NUMBER_INT) {
                return switch (p.getNumberType()) {
                    case INT, LONG -> JsonNumber.of(p.getLongValue());
                    default -> JsonNumber.of(new BigDecimal(p.getBigIntegerValue()));
                };
            }
            return p.getNumberType() == JsonParser.NumberType.FLOAT
                    ? JsonNumber.of(new BigDecimal(Float.toString(p.getFloatValue())))
                    : JsonNumber.of(p.getDecimalValue());
        } catch (NumberFormatException | ArithmeticException e) {
            throw Numbers.outOfRange(p, JsonNumber.class, e);
        }
    }

    private static JsonObject readMembers(JsonParser p) throws IOException {
        JsonObject.Builder members = JsonObject.builder(); // hands its map to the object without a copy
        for (JsonToken t = p.currentToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            members.put(name, read(p));
        }
        return members.build();
    }

    /** Writes {@code value} to {@code g}. */
    public static void write(JsonValue value, JsonGenerator g) throws IOException {
        if (value instanceof JsonObject o) {
            g.writeStartObject();
            for (var e : o.members().entrySet()) {
                g.writeFieldName(e.getKey());
                write(e.getValue(), g);
            }
            g.writeEndObject();
        } else if (value instanceof JsonArray a) {
            g.writeStartArray();
            for (JsonValue v : a.values()) {
                write(v, g);
            }
            g.writeEndArray();
        } else if (value instanceof JsonString s) {
            g.writeString(s.value());
        } else if (value instanceof JsonNumber n) {
            if (n.isLong()) {
                g.writeNumber(n.longValue());
            } else if (n.bigDecimalValue().scale() == 0) {
                g.writeNumber(n.bigDecimalValue().unscaledValue()); // an integer token, as its text reads
            } else {
                g.writeNumber(n.bigDecimalValue());
            }
        } else if (value instanceof JsonBoolean b) {
            g.writeBoolean(b.value());
        } else {
            g.writeNull();
        }
    }

    /** The name of a JSON value kind for messages, such as {@code an object}. */
    static String kind(Class<?> type) {
        if (type == JsonObject.class) {
            return "an object";
        } else if (type == JsonArray.class) {
            return "an array";
        } else if (type == JsonString.class) {
            return "a string";
        } else if (type == JsonNumber.class) {
            return "a number";
        } else if (type == JsonBoolean.class) {
            return "a boolean";
        }
        return "null";
    }

    /** Reads {@link JsonValue}, one of its subtypes, or {@code Object} (as a {@code JsonValue}). */
    static final class Deserializer extends StdDeserializer<Object> {
        private static final long serialVersionUID = 1L;

        private final Class<?> target;

        Deserializer(Class<?> target) {
            super(target);
            this.target = target;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonValue value = read(p);
            if (!target.isInstance(value)) {
                return ctxt.handleUnexpectedToken(target, p.currentToken(), p,
                        "Expected " + kind(target) + " but was " + kind(value.getClass()));
            }
            return value;
        }

        /** A JSON {@code null} is {@link JsonNull#INSTANCE} where the target type admits it. */
        @Override
        public Object getNullValue(DeserializationContext ctxt) {
            return target.isInstance(JsonNull.INSTANCE) ? JsonNull.INSTANCE : null;
        }

        /** An absent member is {@code null}, as for every other type. */
        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return null;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    /** Writes any {@link JsonValue}. */
    static final class Serializer extends StdSerializer<JsonValue> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(JsonValue.class);
        }

        @Override
        public void serialize(JsonValue value, JsonGenerator g, SerializerProvider provider) throws IOException {
            write(value, g);
        }
    }
}
