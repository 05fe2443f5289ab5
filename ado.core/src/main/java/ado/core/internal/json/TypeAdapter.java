package ado.core.internal.json;

/**
 * Reads and writes one Java type straight between JSON bytes and objects. Instances are immutable, thread-safe and
 * cached per type by {@link Adapters}.
 *
 * @param <T> the Java type
 */
interface TypeAdapter<T> {

    /** {@return the next value of {@code in}; {@code null} for a JSON null where the type allows it} */
    T read(JsonReader in);

    /** Writes {@code value}, which is not {@code null}. */
    void write(JsonWriter out, T value);
}
