package ado.json.internal;

import ado.core.json.JsonName;
import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link JsonUnmapped} support: reading collects the members no other component maps into the marked
 * {@link JsonObject} component; writing puts its members back after the mapped ones.
 */
final class Unmapped {

    private Unmapped() {
    }

    /** {@return the marked component of {@code type}, or {@code null}} */
    static RecordComponent component(Class<?> type) {
        if (!type.isRecord()) {
            return null;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.isAnnotationPresent(JsonUnmapped.class)) {
                if (c.getType() != JsonObject.class) {
                    throw new IllegalArgumentException("@JsonUnmapped component " + type.getName() + "."
                            + c.getName() + " must be a JsonObject, not " + c.getType().getName());
                }
                return c;
            }
        }
        return null;
    }

    static String wireName(RecordComponent c) {
        JsonName name = c.getAnnotation(JsonName.class);
        return name != null ? name.value() : c.getName();
    }

    /** Wraps the record deserializer of records with a {@link JsonUnmapped} component in an {@link UnmappedReader}. */
    static final class DeserializerModifier extends BeanDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
                JsonDeserializer<?> deserializer) {
            Class<?> type = beanDesc.getBeanClass();
            RecordComponent unmapped = component(type);
            if (unmapped == null) {
                return deserializer;
            }
            Set<String> known = new HashSet<>();
            for (RecordComponent c : type.getRecordComponents()) {
                if (!c.getName().equals(unmapped.getName())) { // getRecordComponents() gives new objects each call
                    known.add(wireName(c));
                }
            }
            return new UnmappedReader(deserializer, known, wireName(unmapped));
        }
    }

    /** Replaces the marked component's property writer by one that writes its members inline, last. */
    static final class SerializerModifier extends BeanSerializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription beanDesc,
                List<BeanPropertyWriter> properties) {
            RecordComponent unmapped = component(beanDesc.getBeanClass());
            if (unmapped == null) {
                return properties;
            }
            var result = new ArrayList<BeanPropertyWriter>(properties.size());
            BeanPropertyWriter marked = null;
            Set<String> mapped = new HashSet<>();
            for (BeanPropertyWriter w : properties) {
                if (w.getName().equals(wireName(unmapped))) {
                    marked = w;
                } else {
                    result.add(w);
                    mapped.add(w.getName());
                }
            }
            BeanPropertyWriter inline = marked == null ? null : new Writer(marked, mapped);
            if (inline != null) {
                result.add(inline);
            }
            return result;
        }
    }

    /** Writes a {@link JsonObject} component's members (except mapped names) as members of the enclosing object. */
    static final class Writer extends BeanPropertyWriter {
        private static final long serialVersionUID = 1L;

        private final Set<String> mapped;

        Writer(BeanPropertyWriter base, Set<String> mapped) {
            super(base);
            this.mapped = Set.copyOf(mapped);
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator g, SerializerProvider prov) throws Exception {
            if (get(bean) instanceof JsonObject others) {
                for (var e : others.members().entrySet()) {
                    if (mapped.contains(e.getKey())) {
                        continue; // a mapped component wins over a stale copy
                    }
                    g.writeFieldName(e.getKey());
                    JsonValues.write(e.getValue(), g);
                }
            }
        }
    }
}
