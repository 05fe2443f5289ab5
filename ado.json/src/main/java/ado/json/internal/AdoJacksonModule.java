package ado.json.internal;

import ado.core.json.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Teaches Jackson the rules of {@link ado.core.json.JsonCodec}: {@link JsonValue} trees, {@code Object} as
 * {@code JsonValue}, ISO-8601 dates, enum wire names, {@link ado.core.json.JsonName},
 * {@link ado.core.json.JsonUnmapped}, primitives that reject {@code null}, and unmodifiable collections.
 */
public final class AdoJacksonModule extends Module {

    private final ClassValue<EnumCodec> enums = new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked")
        protected EnumCodec computeValue(Class<?> type) {
            return new EnumCodec((Class<? extends Enum<?>>) type);
        }
    };

    @Override
    public String getModuleName() {
        return "ado4j";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        context.insertAnnotationIntrospector(new NamesIntrospector());
        context.addDeserializers(new Readers());
        context.addSerializers(new Writers());
        context.addBeanDeserializerModifier(new Unmapped.DeserializerModifier());
        context.addBeanDeserializerModifier(new Unmodifiable());
        context.addBeanSerializerModifier(new Unmapped.SerializerModifier());
    }

    private static Class<?> enumClass(Class<?> raw) {
        return raw.isEnum() ? raw : raw.getSuperclass(); // a constant with a body is a subclass
    }

    private final class Readers extends Deserializers.Base {
        @Override
        public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                BeanDescription beanDesc) {
            Class<?> raw = type.getRawClass();
            if (JsonValue.class.isAssignableFrom(raw) || raw == Object.class) {
                return new JsonValues.Deserializer(raw == Object.class ? JsonValue.class : raw);
            } else if (raw == boolean.class || raw == Boolean.class) {
                return new Booleans(raw == boolean.class);
            } else if (raw.isPrimitive()) {
                return new Primitives.Deserializer(raw);
            } else if (Numbers.handles(raw)) {
                return new Numbers.Deserializer(raw);
            } else if (raw == Instant.class) {
                return new IsoDates.InstantDeserializer();
            } else if (raw == OffsetDateTime.class) {
                return new IsoDates.OffsetDateTimeDeserializer();
            }
            return null;
        }

        @Override
        public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
                BeanDescription beanDesc) {
            if (JsonValue.class.isAssignableFrom(type)) {
                return new JsonValues.Deserializer(type); // JsonBoolean, JsonNull
            }
            return new EnumCodec.Deserializer(enums.get(enumClass(type)));
        }
    }

    /** Refuses a plain {@code new Object()}, which has nothing to write, as the built-in codec does. */
    private static final class BareObjectSerializer extends StdSerializer<Object> {
        private static final long serialVersionUID = 1L;

        BareObjectSerializer() {
            super(Object.class);
        }

        @Override
        public void serialize(Object value, JsonGenerator g, SerializerProvider provider) throws IOException {
            provider.reportMappingProblem("Cannot bind java.lang.Object: not a supported type to write");
        }
    }

    private final class Writers extends Serializers.Base {
        @Override
        public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type,
                BeanDescription beanDesc) {
            Class<?> raw = type.getRawClass();
            if (JsonValue.class.isAssignableFrom(raw)) {
                return new JsonValues.Serializer();
            } else if (raw == Instant.class || raw == OffsetDateTime.class) {
                return new IsoDates.Serializer();
            } else if (raw == Object.class) {
                return new BareObjectSerializer(); // a plain new Object() is nothing to write
            } else if (Enum.class.isAssignableFrom(raw) && raw != Enum.class) {
                return new EnumCodec.Serializer(enums.get(enumClass(raw)));
            }
            return null;
        }
    }
}
