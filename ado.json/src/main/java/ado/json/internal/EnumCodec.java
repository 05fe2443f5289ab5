package ado.json.internal;

import ado.core.json.JsonNames;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The enum rules of {@link ado.core.json.JsonCodec}: a constant's wire name is its {@link ado.core.json.JsonName} or its name in
 * lower camel case; reading matches case-insensitively and also takes the service's integer
 * ({@link ado.core.json.JsonEnumNumber}); an unknown value reads as {@code UNKNOWN} when the enum declares it, else
 * as {@code null}, and so does a value that is neither a string nor a number.
 */
final class EnumCodec {

    private final Class<? extends Enum<?>> type;
    private final Enum<?>[] constants;
    private final SerializableString[] wireNames;
    private final Map<String, Enum<?>> byName = new HashMap<>();
    private final Map<String, Enum<?>> byLowerName = new HashMap<>();
    private final Map<Integer, Enum<?>> byNumber;
    private final Enum<?> unknown;

    EnumCodec(Class<? extends Enum<?>> type) {
        this.type = type;
        this.constants = type.getEnumConstants();
        this.wireNames = new SerializableString[constants.length];
        Enum<?> unknownConstant = null;
        for (Enum<?> c : constants) {
            String wire = JsonNames.wireName(c);
            wireNames[c.ordinal()] = new SerializedString(wire);
            byName.put(wire, c);
            byLowerName.putIfAbsent(wire.toLowerCase(Locale.ROOT), c);
            if (c.name().equals("UNKNOWN")) {
                unknownConstant = c;
            }
        }
        this.unknown = unknownConstant;
        this.byNumber = numbers(type);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<Integer, Enum<?>> numbers(Class<? extends Enum<?>> type) {
        return (Map) JsonNames.enumNumbers((Class) type);
    }

    Enum<?> read(String text) {
        Enum<?> c = byName.get(text);
        if (c == null) {
            c = byLowerName.get(text.toLowerCase(Locale.ROOT));
        }
        return c != null ? c : unknown;
    }

    /** Reads one enum type. */
    static final class Deserializer extends StdScalarDeserializer<Object> {
        private static final long serialVersionUID = 1L;

        private final transient EnumCodec codec;

        Deserializer(EnumCodec codec) {
            super(codec.type);
            this.codec = codec;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                return JsonNames.enumOfNumber(codec.byNumber, p.getDecimalValue(), codec.unknown);
            }
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                p.skipChildren(); // like any value no constant names: UNKNOWN or null, never a failure
                return codec.unknown;
            }
            return codec.read(p.getText());
        }
    }

    /** Writes one enum type. */
    static final class Serializer extends StdScalarSerializer<Enum<?>> {
        private static final long serialVersionUID = 1L;

        private final transient EnumCodec codec;

        Serializer(EnumCodec codec) {
            super(Enum.class, false);
            this.codec = codec;
        }

        @Override
        public void serialize(Enum<?> value, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeString(codec.wireNames[value.ordinal()]);
        }
    }
}
