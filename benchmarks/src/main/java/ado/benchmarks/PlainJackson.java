package ado.benchmarks;

import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.json.internal.JsonValues;
import ado.json.internal.NamesIntrospector;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * The floor: a plain Jackson ObjectMapper configured as little as possible to produce the same records as the
 * codecs on the benchmark data. Standard Jackson pieces (jsr310 dates, camel-case enum naming, ignore unknown
 * members); ado-specific only where Jackson has no equivalent: the {@code @JsonName} introspector and the
 * {@code JsonValue} tree reader and writer, both reused from ado.json (the benchmark runs on the class path).
 * No strict-input check, no exception translation, no UNKNOWN enum fallback.
 */
final class PlainJackson {

    private PlainJackson() {
    }

    static ObjectMapper mapper() {
        var trees = new SimpleModule("trees")
                .addDeserializer(JsonValue.class, new TreeReader<>())
                .addDeserializer(JsonObject.class, new TreeReader<>())
                .addSerializer(JsonValue.class, new TreeWriter());
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(trees)
                .annotationIntrospector(AnnotationIntrospector.pair(new NamesIntrospector(),
                        new JacksonAnnotationIntrospector()))
                .enumNamingStrategy(EnumNamingStrategies.CamelCaseStrategy.INSTANCE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    private static final class TreeReader<T> extends JsonDeserializer<T> {
        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return (T) JsonValues.read(p);
        }
    }

    private static final class TreeWriter extends JsonSerializer<JsonValue> {
        @Override
        public void serialize(JsonValue value, JsonGenerator g, SerializerProvider serializers) throws IOException {
            JsonValues.write(value, g);
        }
    }
}
