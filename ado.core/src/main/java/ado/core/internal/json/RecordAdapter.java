package ado.core.internal.json;

import ado.core.error.AdoJsonException;
import ado.core.json.JsonName;
import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.core.json.JsonValue;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles.Lookup;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Map;

/**
 * Binds a record to a JSON object by component name (or {@link JsonName}), straight from and to bytes. The
 * metadata (method handles for the canonical constructor and accessors, the name table, each component's adapter)
 * is built once per type. Absent members leave {@code null} (or a primitive's zero); unknown members are skipped
 * or, when a {@link JsonUnmapped} component exists, collected into it and written back after the mapped ones.
 */
final class RecordAdapter<T> implements TypeAdapter<T> {

    private final Class<T> type;
    private final Component[] components;
    private final NameTable names;
    private final MethodHandle constructor; // (Object[])Object
    private final Object[] defaults;
    private final int unmapped; // index of the @JsonUnmapped component, or -1

    private RecordAdapter(Class<T> type, Component[] components, MethodHandle constructor, Object[] defaults,
                          int unmapped) {
        this.type = type;
        this.components = components;
        this.constructor = constructor;
        this.defaults = defaults;
        this.unmapped = unmapped;
        String[] wireNames = new String[components.length];
        for (int i = 0; i < components.length; i++) {
            wireNames[i] = i == unmapped ? null : components[i].name;
        }
        this.names = new NameTable(wireNames);
    }

    /** One record component: its wire name, the prepared {@code "name":} bytes, its adapter and its accessor. */
    private record Component(String name, byte[] prefix, TypeAdapter<Object> adapter, MethodHandle accessor) {
    }

    /** {@return an adapter for record class {@code raw}, with type variables resolved from {@code type}} */
    @SuppressWarnings("unchecked")
    static <T> RecordAdapter<T> create(Class<T> raw, Type type) {
        RecordComponent[] declared = raw.getRecordComponents();
        Lookup lookup;
        MethodHandle constructor;
        Class<?>[] parameterTypes = new Class<?>[declared.length];
        for (int i = 0; i < declared.length; i++) {
            parameterTypes[i] = declared[i].getType();
        }
        MethodType constructorType = MethodType.methodType(void.class, parameterTypes);
        try {
            lookup = RecordAccess.lookup(raw, true);
            constructor = lookup.findConstructor(raw, constructorType);
        } catch (IllegalAccessException notPublic) {
            lookup = RecordAccess.lookup(raw, false);
            try {
                constructor = lookup.findConstructor(raw, constructorType);
            } catch (ReflectiveOperationException e) {
                throw RecordAccess.notAccessible(raw, e);
            }
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("record without a canonical constructor: " + raw, e);
        }
        constructor = constructor.asType(constructorType.generic().changeReturnType(Object.class))
                .asSpreader(Object[].class, declared.length);

        var components = new Component[declared.length];
        var defaults = new Object[declared.length];
        int unmapped = -1;
        for (int i = 0; i < declared.length; i++) {
            RecordComponent c = declared[i];
            if (c.isAnnotationPresent(JsonUnmapped.class)) {
                if (c.getType() != JsonObject.class || unmapped >= 0) {
                    throw new AdoJsonException("Cannot bind " + raw.getName() + ": @JsonUnmapped must mark one"
                            + " JsonObject component, not " + c.getType().getSimpleName() + " " + c.getName(), null);
                }
                unmapped = i;
            }
            JsonName rename = c.getAnnotation(JsonName.class);
            String name = rename != null ? rename.value() : c.getName();
            Type componentType = Types.resolve(c.getGenericType(), raw, type);
            TypeAdapter<Object> adapter;
            try {
                adapter = (TypeAdapter<Object>) Adapters.of(componentType);
            } catch (AdoJsonException e) {
                throw new AdoJsonException("Cannot bind " + raw.getName() + "." + c.getName() + ": "
                        + e.getMessage(), e);
            }
            MethodHandle accessor;
            try {
                accessor = lookup.findVirtual(raw, c.getName(), MethodType.methodType(c.getType()))
                        .asType(MethodType.methodType(Object.class, Object.class));
            } catch (ReflectiveOperationException e) {
                throw RecordAccess.notAccessible(raw, e);
            }
            components[i] = new Component(name, JsonWriter.nameBytes(name), adapter, accessor);
            defaults[i] = zero(c.getType());
        }
        return new RecordAdapter<>(raw, components, constructor, defaults, unmapped);
    }

    private static Object zero(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0.0d;
        }
        if (type == float.class) {
            return 0.0f;
        }
        if (type == short.class) {
            return (short) 0;
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        return 0;
    }

    @Override
    public T read(JsonReader in) {
        if (in.nextIsNull()) {
            return null;
        }
        int start = in.position();
        in.beginObject();
        Object[] args = defaults.clone();
        JsonObject.Builder extra = null;
        int guess = 0;
        while (in.nextName()) {
            int i = names.find(in.nameBytes(), in.nameOffset(), in.nameLength(), guess);
            if (i >= 0) {
                args[i] = components[i].adapter.read(in);
                guess = i + 1;
            } else if (unmapped >= 0) {
                if (extra == null) {
                    extra = JsonObject.builder();
                }
                extra.put(in.nameString(), TreeReader.read(in));
            } else {
                in.skipValue();
            }
        }
        if (unmapped >= 0) {
            args[unmapped] = extra == null ? JsonObject.EMPTY : extra.build();
        }
        try {
            return type.cast(constructor.invokeExact(args));
        } catch (RuntimeException e) {
            throw in.errorAt("Cannot create " + type.getSimpleName() + ": " + e.getMessage(), start, e);
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e); // records' constructors throw no checked exceptions
        }
    }

    @Override
    public void write(JsonWriter out, T value) {
        out.beginObject();
        for (int i = 0; i < components.length; i++) {
            if (i == unmapped) {
                continue;
            }
            Component c = components[i];
            Object v = get(c, value);
            if (v != null) {
                out.name(c.prefix);
                c.adapter.write(out, v);
            }
        }
        if (unmapped >= 0 && get(components[unmapped], value) instanceof JsonObject extra) {
            for (Map.Entry<String, JsonValue> member : extra.members().entrySet()) {
                if (!names.contains(member.getKey())) { // a mapped component wins over a stale copy
                    out.name(member.getKey());
                    TreeWriter.write(out, member.getValue());
                }
            }
        }
        out.endObject();
    }

    private Object get(Component c, Object record) {
        try {
            return (Object) c.accessor.invokeExact(record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e); // accessors throw no checked exceptions
        }
    }
}
