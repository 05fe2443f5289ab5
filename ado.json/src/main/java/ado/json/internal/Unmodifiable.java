package ado.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapType;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collections are read unmodifiable, as the built-in codec reads them (views: {@code null} elements stay). */
final class Unmodifiable extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
            BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
        return new View(deserializer);
    }

    @Override
    public JsonDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type,
            BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
        return new View(deserializer);
    }

    /** Wraps what the delegate reads in an unmodifiable view. */
    static final class View extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        View(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new View(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return view(_delegatee.deserialize(p, ctxt));
        }

        private static Object view(Object value) {
            if (value instanceof List<?> list) {
                return Collections.unmodifiableList(list);
            } else if (value instanceof Set<?> set) {
                return Collections.unmodifiableSet(set);
            } else if (value instanceof Map<?, ?> map) {
                return Collections.unmodifiableMap(map);
            }
            return value;
        }
    }
}
