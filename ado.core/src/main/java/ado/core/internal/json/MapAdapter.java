package ado.core.internal.json;

import ado.core.error.AdoJsonException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Binds {@code Map<String, V>} to JSON objects; reads unmodifiable maps in member order. */
final class MapAdapter<V> implements TypeAdapter<Map<String, V>> {

    private final TypeAdapter<V> value;

    MapAdapter(TypeAdapter<V> value) {
        this.value = value;
    }

    @Override
    public Map<String, V> read(JsonReader in) {
        if (in.nextIsNull()) {
            return null;
        }
        in.beginObject();
        var map = new LinkedHashMap<String, V>();
        while (in.nextName()) {
            map.put(in.nameString(), value.read(in));
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public void write(JsonWriter out, Map<String, V> map) {
        out.beginObject();
        for (Map.Entry<String, V> e : map.entrySet()) {
            Object key = e.getKey();
            if (!(key instanceof String name)) {
                throw new AdoJsonException("Cannot write a map key that is not a string: " + key, null);
            }
            out.name(name);
            V v = e.getValue();
            if (v == null) {
                out.nullValue();
            } else {
                value.write(out, v);
            }
        }
        out.endObject();
    }
}
