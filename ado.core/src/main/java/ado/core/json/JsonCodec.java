package ado.core.json;

import ado.core.internal.json.BuiltinJsonCodec;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads and writes JSON as records, collections, scalars and {@link JsonValue} trees. Implementations are
 * thread-safe. ado.core ships a built-in codec with no dependencies; {@code ado.json} adds one on Jackson Databind,
 * picked automatically when present (see {@link ado.core.spi.JsonCodecProvider}). Both follow the same rules:
 *
 * <ul>
 *   <li>Records bind by component name, or by {@link JsonName}; absent members are {@code null} (or the zero of a
 *       primitive); unknown members are ignored, or kept in a {@link JsonUnmapped} component and written back
 *       after the mapped ones (a mapped component wins over an unmapped member of the same name); {@code null}
 *       components are omitted on write.
 *   <li>Enums use the constant's {@link JsonName} or its name in lower camel case; reading matches case-insensitively
 *       and also takes the service's integer ({@link JsonEnumNumber}); an unknown value (a name or integer no
 *       constant has, a combination of flags, or neither a string nor a number) reads as the constant
 *       {@code UNKNOWN} when the enum declares one, else as {@code null}: reading an enum never fails. (A constant
 *       already in mixed case, such as {@code Active}, only has its first letter lowered.)
 *   <li>{@link java.time.Instant} and {@link java.time.OffsetDateTime} read ISO-8601 with 0 to 9 fractional
 *       digits and an optional offset (none means UTC); .NET's {@code 0001-01-01T00:00:00} (at any offset) reads as {@code null}.
 *       They are written in UTC with a {@code Z} and at most 7 fractional digits, trailing zeros dropped.
 *   <li>Supported: primitives and their boxes, {@code String}, {@code BigDecimal}, {@code BigInteger},
 *       {@code UUID}, {@code URI}, {@code Instant}, {@code OffsetDateTime}, enums, {@code List}, {@code Set},
 *       {@code Map<String, V>}, records (generic ones too), {@code JsonValue} and its subtypes, and
 *       {@code Object} (read as a {@code JsonValue}).
 *   <li>JSON {@code null} reads as {@code null}, except that {@code JsonValue}, {@code JsonNull} and
 *       {@code Object} read it as {@link JsonNull#INSTANCE}; a primitive rejects it. Collections are read
 *       unmodifiable and in document order; empty ones are written, {@code null} elements are written as
 *       {@code null}.
 *   <li>Numbers are exact: an integer that does not fit the target type, or has a fraction, is an error, never
 *       rounded (only {@code double} and {@code float} round, and one beyond their range, such as {@code 1e400},
 *       is an error rather than an infinity). A literal whose exponent is beyond {@code BigDecimal}'s range
 *       ({@code 1e99999999999}) is an error for every type, trees included. Nothing else is coerced: a string where
 *       a number is expected is a type mismatch ("Expected an int but was STRING"); a boolean also reads from the
 *       string {@code "true"} or {@code "false"} in any case, as the service accepts, and any other string fails.
 *   <li>Writing an {@code Object} (including {@code write(Object)} itself) uses the value's run-time type.
 *   <li>Duplicate member names: the last value wins (for a tree, at the position of the first). This matches
 *       Jackson's default, and RFC 8259 leaves the behaviour open.
 * </ul>
 *
 * <p>Reading is strict RFC 8259: no comments, trailing commas, single quotes, leading zeros, {@code NaN} or
 * invalid UTF-8; a leading byte order mark is skipped. The built-in codec also rejects number literals longer than
 * 1,000 characters and nesting deeper than its limit (512 unless set with {@link #builtin(int)}).
 *
 * <p>Every failure is an {@link ado.core.error.AdoJsonException} naming the JSON path, except that an I/O failure
 * of a stream passed in is an {@link ado.core.error.AdoTransportException}.
 */
public interface JsonCodec {

    /** {@return the built-in codec with the default nesting limit of 512} */
    static JsonCodec builtin() {
        return BuiltinJsonCodec.DEFAULT;
    }

    /**
     * {@return a built-in codec that rejects documents nested deeper than {@code maxDepth}}
     *
     * <p>Trees ({@code JsonValue}) are read and written without recursion; records are bound recursively, so the
     * limit is capped at 1,000 (Jackson's default) to keep even a recursive record type within a thread stack.
     *
     * @param maxDepth the deepest nesting allowed, 1 to 1,000
     * @throws IllegalArgumentException if {@code maxDepth} is less than 1 or more than 1,000
     */
    static JsonCodec builtin(int maxDepth) {
        return BuiltinJsonCodec.withMaxDepth(maxDepth);
    }

    /** {@return a short name for logs, such as {@code builtin} or {@code jackson}} */
    String name();

    /**
     * {@return the UTF-8 JSON document {@code json} bound to {@code type}}
     *
     * @param <T> the Java type
     * @param json the document
     * @param type the type to bind to
     */
    <T> T read(byte[] json, JsonType<T> type);

    /**
     * {@return the UTF-8 JSON document read from {@code json} (to its end; not closed) bound to {@code type}}
     *
     * @param <T> the Java type
     * @param json the stream to read the document from
     * @param type the type to bind to
     */
    <T> T read(InputStream json, JsonType<T> type);

    /**
     * {@return the JSON text {@code json} bound to {@code type}}
     *
     * @param <T> the Java type
     * @param json the JSON text
     * @param type the type to bind to
     */
    default <T> T read(String json, JsonType<T> type) {
        return read(json.getBytes(StandardCharsets.UTF_8), type);
    }

    /**
     * {@return the UTF-8 JSON document {@code json} bound to {@code type}}
     *
     * @param <T> the Java type
     * @param json the document
     * @param type the class to bind to
     */
    default <T> T read(byte[] json, Class<T> type) {
        return read(json, JsonType.of(type));
    }

    /**
     * Writes {@code value} as UTF-8 JSON to {@code out} (not closed).
     *
     * @param value a record, collection, scalar or {@link JsonValue}, by its run-time type; {@code null} writes
     *              {@code null}
     * @param out where the JSON goes
     */
    void write(Object value, OutputStream out);

    /**
     * {@return {@code value} as UTF-8 JSON}
     *
     * @param value a record, collection, scalar or {@link JsonValue}, by its run-time type
     */
    default byte[] write(Object value) {
        var out = new ByteArrayOutputStream(256);
        write(value, out);
        return out.toByteArray();
    }

    /**
     * {@return {@code value} as JSON text}
     *
     * @param value a record, collection, scalar or {@link JsonValue}, by its run-time type
     */
    default String writeString(Object value) {
        return new String(write(value), StandardCharsets.UTF_8);
    }

    /**
     * {@return {@code value} as a tree, exactly as {@link #write(Object)} would write it}
     *
     * @param value a record, collection, scalar or {@link JsonValue}, by its run-time type
     */
    JsonValue toTree(Object value);

    /**
     * {@return {@code tree} bound to {@code type}, exactly as {@link #read(byte[], JsonType)} would bind it}
     *
     * @param <T> the Java type
     * @param tree the tree to bind
     * @param type the type to bind to
     */
    <T> T fromTree(JsonValue tree, JsonType<T> type);
}
