package ado.json.internal;

import ado.core.json.JsonName;
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
 * The enum rules of {@link ado.core.json.JsonCodec}: a constant's wire name is its {@link JsonName} or its name in
 * lower camel case; reading matches case-insensitively; an unknown value reads as {@code UNKNOWN} when the enum
 * declares it, else as {@code null}, and so does a value that is not a string.
 */
final class EnumCodec {

    private final Class<? extends Enum<?>> type;
    private final Enum<?>[] constants;
    private final SerializableString[] wireNames;
    private final Map<String, Enum<?>> byName = new HashMap<>();
    private final Map<String, Enum<?>> byLowerName = new HashMap<>();
    private final Enum<?> unknown;

    EnumCodec(Class<? extends Enum<?>> type) {
        this.type = type;
        this.constants = type.getEnumConstants();
        this.wireNames = new SerializableString[constants.length];
        Enum<?> unknownConstant = null;
        for (Enum<?> c : constants) {
            String wire = wireName(type, c);
            wireNames[c.ordinal()] = new SerializedString(wire);
            byName.put(wire, c);
            byLowerName.putIfAbsent(wire.toLowerCase(Locale.ROOT), c);
            if (c.name().equals("UNKNOWN")) {
                unknownConstant = c;
            }
        }
        this.unknown = unknownConstant;
    }

    private static String wireName(Class<?> type, Enum<?> constant) {
        try {
            JsonName name = type.getField(constant.name()).getAnnotation(JsonName.class);
            return name != null ? name.value() : lowerCamel(constant.name());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("enum constant without a field: " + constant, e);
        }
    }

    /** {@return {@code IN_PROGRESS} as {@code inProgress}; a name with lower-case letters just loses its capital} */
    static String lowerCamel(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
        var sb = new StringBuilder(name.length());
        boolean upper = false;
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (ch == '_') {
                upper = sb.length() > 0;
            } else {
                sb.append(upper ? ch : Character.toLowerCase(ch));
                upper = false;
            }
        }
        return sb.toString();
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
