package ado.core.json;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Java type to bind JSON to, generics included. Capture a generic type with an anonymous subclass, or use the
 * factories:
 *
 * <pre>{@code
 * JsonType<List<String>> names = new JsonType<>() {};
 * JsonType<List<GitRef>> refs = JsonType.listOf(GitRef.class);
 * JsonType<Envelope<GitRef>> page = JsonType.of(Envelope.class, GitRef.class);
 * }</pre>
 *
 * <p>Immutable.
 *
 * @param <T> the Java type
 */
public abstract class JsonType<T> {

    private final Type type;

    /** Captures the type argument of an anonymous subclass. */
    protected JsonType() {
        Type superclass = getClass().getGenericSuperclass();
        if (!(superclass instanceof ParameterizedType p)) {
            throw new IllegalStateException("JsonType must be created with a type argument: new JsonType<X>() {}");
        }
        this.type = p.getActualTypeArguments()[0];
    }

    private JsonType(Type type) {
        this.type = Objects.requireNonNull(type, "type == null");
    }

    /**
     * {@return the type {@code type}}
     *
     * @param <T> the Java type
     * @param type the class, not generic
     */
    public static <T> JsonType<T> of(Class<T> type) {
        return new JsonType<>(type) {
        };
    }

    /**
     * {@return the type {@code type}, which must not contain unresolved type variables}
     *
     * @param type a class or parameterized type
     */
    public static JsonType<?> of(Type type) {
        return new JsonType<>(type) {
        };
    }

    /**
     * {@return the parameterized type {@code raw<arguments...>}}, for example {@code Envelope<GitRef>}; the caller
     * chooses {@code T}, unchecked
     *
     * @param <T> the parameterized type
     * @param raw the generic class, such as {@code Envelope.class}
     * @param arguments its type arguments, in order
     * @throws IllegalArgumentException if the number of arguments does not match {@code raw}'s type parameters
     */
    public static <T> JsonType<T> of(Class<?> raw, Type... arguments) {
        if (raw.getTypeParameters().length != arguments.length) {
            throw new IllegalArgumentException(raw.getName() + " takes " + raw.getTypeParameters().length
                    + " type arguments, not " + arguments.length);
        }
        return new JsonType<>(new Parameterized(raw, arguments.clone())) {
        };
    }

    /**
     * {@return {@code List<E>}}
     *
     * @param <E> the element type
     * @param element the class of the elements
     */
    public static <E> JsonType<List<E>> listOf(Class<E> element) {
        return of(List.class, element);
    }

    /**
     * {@return {@code Map<String, V>}}
     *
     * @param <V> the value type
     * @param value the class of the values
     */
    public static <V> JsonType<Map<String, V>> mapOf(Class<V> value) {
        return of(Map.class, String.class, value);
    }

    /** {@return the Java type} */
    public Type type() {
        return type;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonType<?> other && type.equals(other.type);
    }

    @Override
    public int hashCode() {
        return type.hashCode();
    }

    @Override
    public String toString() {
        return type.getTypeName();
    }

    private record Parameterized(Class<?> raw, Type[] arguments) implements ParameterizedType {

        @Override
        public Type[] getActualTypeArguments() {
            return arguments.clone();
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return raw.getDeclaringClass();
        }

        // Equal to the JDK's own ParameterizedType for the same type, as the ParameterizedType contract asks.
        @Override
        public boolean equals(Object o) {
            return o instanceof ParameterizedType p && raw.equals(p.getRawType())
                    && Objects.equals(getOwnerType(), p.getOwnerType())
                    && Arrays.equals(arguments, p.getActualTypeArguments());
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(arguments) ^ Objects.hashCode(getOwnerType()) ^ raw.hashCode();
        }

        @Override
        public String getTypeName() {
            var sb = new StringBuilder(raw.getTypeName()).append('<');
            for (int i = 0; i < arguments.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(arguments[i].getTypeName());
            }
            return sb.append('>').toString();
        }

        @Override
        public String toString() {
            return getTypeName();
        }
    }
}
