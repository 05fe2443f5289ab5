package ado.core.internal.json;

import ado.core.error.AdoTransportException;
import ado.core.json.JsonCodec;
import ado.core.json.JsonType;
import ado.core.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * The dependency-free {@link JsonCodec}: a strict RFC 8259 reader and writer and a record binder working straight
 * on UTF-8 bytes. Immutable and thread-safe; binding metadata is shared by all instances.
 */
public final class BuiltinJsonCodec implements JsonCodec {

    /** The default nesting limit. */
    public static final int DEFAULT_MAX_DEPTH = 512;

    /**
     * The highest nesting limit accepted (Jackson's default limit too). Records bind recursively, and this bound
     * keeps even a recursive record type well within a default thread stack; trees are read and written
     * iteratively.
     */
    public static final int MAX_DEPTH_LIMIT = 1_000;

    /** The codec with the default nesting limit. */
    public static final JsonCodec DEFAULT = new BuiltinJsonCodec(DEFAULT_MAX_DEPTH);

    private final int maxDepth;

    private BuiltinJsonCodec(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    /**
     * {@return a codec that rejects documents nested deeper than {@code maxDepth}}
     *
     * @throws IllegalArgumentException if {@code maxDepth} is not between 1 and {@link #MAX_DEPTH_LIMIT}
     */
    public static JsonCodec withMaxDepth(int maxDepth) {
        if (maxDepth < 1 || maxDepth > MAX_DEPTH_LIMIT) {
            throw new IllegalArgumentException("maxDepth must be between 1 and " + MAX_DEPTH_LIMIT + ": " + maxDepth);
        }
        return maxDepth == DEFAULT_MAX_DEPTH ? DEFAULT : new BuiltinJsonCodec(maxDepth);
    }

    @Override
    public String name() {
        return "builtin";
    }

    @Override
    public <T> T read(byte[] json, JsonType<T> type) {
        Objects.requireNonNull(json, "json == null");
        Objects.requireNonNull(type, "type == null");
        return read(new JsonReader(json, maxDepth, true), type);
    }

    @Override
    public <T> T read(InputStream json, JsonType<T> type) {
        Objects.requireNonNull(json, "json == null");
        Objects.requireNonNull(type, "type == null");
        byte[] bytes;
        try {
            bytes = json.readAllBytes();
        } catch (IOException e) {
            throw new AdoTransportException("Could not read JSON: " + e.getMessage(), e);
        }
        return read(bytes, type);
    }

    @SuppressWarnings("unchecked")
    private static <T> T read(JsonReader in, JsonType<T> type) {
        var adapter = (TypeAdapter<T>) Adapters.of(type.type());
        T value;
        try {
            value = adapter.read(in);
        } catch (StackOverflowError e) {
            // Last resort for threads with tiny stacks: the nesting limit normally stops deep documents first.
            // Reading holds no locks and shares no state, so nothing is left inconsistent.
            throw in.error("Document nested too deeply for this thread's stack");
        }
        in.endDocument();
        return value;
    }

    @Override
    public void write(Object value, OutputStream out) {
        Objects.requireNonNull(out, "out == null");
        writer(value).writeTo(out);
    }

    @Override
    public byte[] write(Object value) {
        return writer(value).toByteArray();
    }

    private static JsonWriter writer(Object value) {
        var out = new JsonWriter();
        if (value == null) {
            out.nullValue();
        } else {
            ObjectAdapter.INSTANCE.write(out, value);
        }
        return out;
    }

    @Override
    public JsonValue toTree(Object value) {
        if (value instanceof JsonValue tree) {
            return tree;
        }
        // the bytes are our own output, nested only as deep as the objects were
        return TreeReader.read(new JsonReader(write(value), Integer.MAX_VALUE - 1, false));
    }

    @Override
    public <T> T fromTree(JsonValue tree, JsonType<T> type) {
        Objects.requireNonNull(tree, "tree == null");
        Objects.requireNonNull(type, "type == null");
        return read(new JsonReader(write(tree), maxDepth, false), type);
    }

    @Override
    public String toString() {
        return "BuiltinJsonCodec[maxDepth=" + maxDepth + "]";
    }
}
