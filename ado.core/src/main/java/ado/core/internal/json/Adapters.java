package ado.core.internal.json;

import ado.core.error.AdoJsonException;
import ado.core.json.JsonValue;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the {@link TypeAdapter} for a Java type, building it once and caching it for the life of the class loader.
 * Lookups are lock-free; building is serialized, which also lets recursive types (a record containing a list of
 * itself) refer to their own adapter while it is being built.
 */
final class Adapters {

    private static final Map<Type, TypeAdapter<?>> CACHE = new ConcurrentHashMap<>();
    private static final Map<Type, Deferred<?>> BUILDING = new HashMap<>(); // guarded by BUILDING

    private Adapters() {
    }

    /**
     * {@return the adapter for {@code type}}
     *
     * @throws AdoJsonException if the type cannot be bound
     */
    static TypeAdapter<?> of(Type type) {
        TypeAdapter<?> adapter = CACHE.get(type);
        return adapter != null ? adapter : build(type);
    }

    private static TypeAdapter<?> build(Type type) {
        synchronized (BUILDING) {
            TypeAdapter<?> adapter = CACHE.get(type);
            if (adapter != null) {
                return adapter;
            }
            Deferred<?> pending = BUILDING.get(type);
            if (pending != null) {
                return pending; // a recursive reference; resolved when the outer build finishes
            }
            var deferred = new Deferred<>();
            BUILDING.put(type, deferred);
            try {
                adapter = create(type);
                deferred.delegate = cast(adapter);
                CACHE.put(type, adapter);
                return adapter;
            } finally {
                BUILDING.remove(type);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> TypeAdapter<T> cast(TypeAdapter<?> adapter) {
        return (TypeAdapter<T>) adapter;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static TypeAdapter<?> create(Type type) {
        Class<?> raw = Types.raw(type);
        TypeAdapter<?> scalar = ScalarAdapters.of(raw);
        if (scalar != null) {
            return scalar;
        }
        if (raw == Object.class) {
            return ObjectAdapter.INSTANCE;
        }
        if (JsonValue.class.isAssignableFrom(raw)) {
            return JsonValueAdapter.of(raw);
        }
        if (raw.isEnum()) {
            try {
                if (raw.getEnumConstants() != null) {
                    return new EnumAdapter(raw);
                }
            } catch (RuntimeException e) { // InaccessibleObjectException: values() is not accessible
                throw RecordAccess.notAccessible(raw, e);
            }
            throw RecordAccess.notAccessible(raw, null);
        }
        if (raw == List.class || raw == Collection.class || raw == Iterable.class || raw == Set.class) {
            return new CollectionAdapter<>(of(Types.argument(type, 0)), raw == Set.class);
        }
        if (raw == Map.class) {
            Type key = Types.argument(type, 0);
            if (key != String.class && key != Object.class) {
                throw new AdoJsonException("Cannot bind " + type.getTypeName() + ": map keys must be strings", null);
            }
            return new MapAdapter<>(of(Types.argument(type, 1)));
        }
        if (raw.isRecord()) {
            return RecordAdapter.create(raw, type);
        }
        throw new AdoJsonException("Cannot bind " + type.getTypeName() + ": not a supported type (records, enums,"
                + " List, Set, Map<String, V>, JsonValue, Object, and the scalars JsonCodec lists)", null);
    }

    /** Stands in for an adapter still being built, for recursive types. */
    private static final class Deferred<T> implements TypeAdapter<T> {
        volatile TypeAdapter<T> delegate;

        @Override
        public T read(JsonReader in) {
            return delegate.read(in);
        }

        @Override
        public void write(JsonWriter out, T value) {
            delegate.write(out, value);
        }
    }
}
