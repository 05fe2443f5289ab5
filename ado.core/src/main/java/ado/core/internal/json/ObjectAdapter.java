package ado.core.internal.json;

import ado.core.error.AdoJsonException;
import ado.core.json.JsonValue;
import java.util.Collection;
import java.util.Map;

/**
 * Binds {@code Object} and unresolved type variables: reads any value as a {@link JsonValue}; writes a value by its
 * run-time class, so {@code write(Object)} handles records, collections, maps, scalars and trees alike.
 */
final class ObjectAdapter implements TypeAdapter<Object> {

    static final ObjectAdapter INSTANCE = new ObjectAdapter();

    private static final CollectionAdapter<Object> COLLECTION = new CollectionAdapter<>(INSTANCE, false);
    private static final MapAdapter<Object> MAP = new MapAdapter<>(INSTANCE);

    private ObjectAdapter() {
    }

    @Override
    public Object read(JsonReader in) {
        return TreeReader.read(in);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void write(JsonWriter out, Object value) {
        if (value instanceof JsonValue tree) {
            TreeWriter.write(out, tree);
        } else if (value instanceof Collection<?> collection) {
            COLLECTION.write(out, (Collection<Object>) collection);
        } else if (value instanceof Map<?, ?> map) {
            MAP.write(out, (Map<String, Object>) map);
        } else if (value instanceof Enum<?> constant) {
            ((TypeAdapter) Adapters.of(constant.getDeclaringClass())).write(out, constant);
        } else {
            TypeAdapter adapter = Adapters.of(value.getClass());
            if (adapter == this) { // a plain new Object(): nothing to write, and no other adapter to ask
                throw new AdoJsonException("Cannot bind java.lang.Object: not a supported type to write", null);
            }
            adapter.write(out, value);
        }
    }
}
