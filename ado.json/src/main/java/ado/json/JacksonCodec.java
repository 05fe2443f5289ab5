package ado.json;

import ado.core.error.AdoException;
import ado.core.error.AdoJsonException;
import ado.core.error.AdoTransportException;
import ado.core.json.JsonCodec;
import ado.core.json.JsonType;
import ado.core.json.JsonValue;
import ado.json.internal.AdoJacksonModule;
import ado.json.internal.Errors;
import ado.json.internal.JsonValues;
import ado.json.internal.StrictInput;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link JsonCodec} on Jackson Databind that follows the same rules as the built-in codec (see
 * {@link JsonCodec}): records, {@link ado.core.json.JsonName}, {@link ado.core.json.JsonUnmapped}, enum wire names
 * with {@code UNKNOWN}, .NET dates, exact numbers, strict parsing and a nesting limit of 512. Thread-safe.
 *
 * <p>With {@code ado.json} on the module or class path, clients that set no codec pick this one through
 * {@link ado.core.spi.JsonCodecProvider}. Create one explicitly to reuse a configured {@link ObjectMapper}:
 *
 * <pre>{@code
 * JsonCodec codec = JacksonCodec.create(myMapper); // myMapper is copied, never changed
 * }</pre>
 *
 * <p>Jackson never needs {@code setAccessible}: records must be public types in exported packages, which is what
 * their public constructor and accessors need anyway. No {@code opens} is required.
 */
public final class JacksonCodec implements JsonCodec {

    /** The default nesting limit, the same as the built-in codec's. */
    private static final int DEFAULT_MAX_DEPTH = 512;

    /** The highest nesting limit accepted, the same as the built-in codec's. */
    private static final int MAX_DEPTH_LIMIT = 1000;

    private final ObjectMapper mapper;
    private final int maxDepth;
    private final ConcurrentHashMap<Type, ObjectReader> readers = new ConcurrentHashMap<>();

    private JacksonCodec(ObjectMapper mapper, int maxDepth) {
        this.mapper = mapper;
        this.maxDepth = maxDepth;
    }

    /** {@return a codec on a new mapper} */
    public static JacksonCodec create() {
        return create(JsonMapper.builder().build());
    }

    /**
     * {@return a codec on a copy of {@code callerMapper}}, which keeps the caller's modules and settings except where
     * they conflict with the codec rules: ado4j's serializers, wire names and strict parsing are added on top, and
     * the nesting limit is 512. {@code callerMapper} itself is not changed.
     *
     * @param callerMapper the mapper to start from; copied, never changed
     */
    public static JacksonCodec create(ObjectMapper callerMapper) {
        Objects.requireNonNull(callerMapper, "callerMapper == null");
        return new JacksonCodec(configure(callerMapper.copy(), DEFAULT_MAX_DEPTH), DEFAULT_MAX_DEPTH);
    }

    /**
     * {@return a codec like this one that rejects documents nested deeper than {@code maxDepth}}
     *
     * <p>Jackson binds recursively, so the limit is capped at 1,000 (Jackson's own default), as for the built-in codec.
     *
     * @param maxDepth the deepest nesting allowed, 1 to 1,000
     * @throws IllegalArgumentException if {@code maxDepth} is less than 1 or more than 1,000
     */
    public JacksonCodec withMaxDepth(int maxDepth) {
        if (maxDepth < 1 || maxDepth > MAX_DEPTH_LIMIT) {
            throw new IllegalArgumentException("maxDepth must be between 1 and " + MAX_DEPTH_LIMIT + ": " + maxDepth);
        }
        ObjectMapper copy = mapper.copy();
        copy.getFactory().setStreamReadConstraints(
                copy.getFactory().streamReadConstraints().rebuild().maxNestingDepth(maxDepth).build());
        return new JacksonCodec(copy, maxDepth);
    }

    /** {@return the nesting limit} */
    public int maxDepth() {
        return maxDepth;
    }

    /** {@return a copy of the configured mapper, for use outside this codec; changing it does not affect the codec} */
    public ObjectMapper mapper() {
        return mapper.copy();
    }

    @SuppressWarnings("deprecation") // JsonReadFeature.mappedFeature() is how a built factory is reconfigured
    private static ObjectMapper configure(ObjectMapper m, int maxDepth) {
        var factory = m.getFactory();
        for (JsonReadFeature lenient : JsonReadFeature.values()) {
            factory.configure(lenient.mappedFeature(), false);
        }
        factory.configure(JsonParser.Feature.AUTO_CLOSE_SOURCE, false);
        factory.configure(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION, false);
        factory.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        factory.setStreamReadConstraints(
                factory.streamReadConstraints().rebuild().maxNestingDepth(maxDepth).build());

        m.configure(MapperFeature.CAN_OVERRIDE_ACCESS_MODIFIERS, false); // no setAccessible: no opens needed
        m.configure(MapperFeature.OVERRIDE_PUBLIC_ACCESS_MODIFIERS, false);
        m.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        m.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        m.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        m.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        m.configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);
        m.configure(DeserializationFeature.USE_LONG_FOR_INTS, true);
        m.configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);
        m.setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                JsonInclude.Include.ALWAYS));
        m.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType scalar : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            m.coercionConfigFor(scalar)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        m.registerModule(new AdoJacksonModule());
        return m;
    }

    @Override
    public String name() {
        return "jackson";
    }

    private ObjectReader reader(JsonType<?> type) {
        Objects.requireNonNull(type, "type == null");
        return readers.computeIfAbsent(type.type(), t -> mapper.readerFor(mapper.getTypeFactory().constructType(t)));
    }

    @Override
    public <T> T read(byte[] json, JsonType<T> type) {
        Objects.requireNonNull(json, "json == null");
        ObjectReader reader = reader(type);
        StrictInput.check(json, mapper.getFactory());
        try {
            return reader.readValue(json);
        } catch (JacksonException e) {
            throw Errors.translate(e, false);
        } catch (IOException e) {
            throw new AdoJsonException("Could not read JSON: " + e.getMessage(), e);
        } catch (AdoException e) {
            throw e;
        } catch (RuntimeException e) {
            throw Errors.untyped(e);
        }
    }

    @Override
    public <T> T read(InputStream json, JsonType<T> type) {
        Objects.requireNonNull(json, "json == null");
        byte[] bytes;
        try {
            bytes = json.readAllBytes();
        } catch (IOException e) {
            throw new AdoTransportException("Could not read JSON: " + e.getMessage(), e);
        }
        return read(bytes, type);
    }

    @Override
    public void write(Object value, OutputStream out) {
        Objects.requireNonNull(out, "out == null");
        try {
            mapper.writeValue(out, value);
        } catch (JacksonException e) {
            throw Errors.translate(e, true);
        } catch (IOException e) {
            throw new AdoJsonException("Could not write JSON: " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value); // Jackson's recycled buffers, one exact-size copy
        } catch (JacksonException e) {
            throw Errors.translate(e, true);
        } catch (IOException e) {
            throw new AdoJsonException("Could not write JSON: " + e.getMessage(), e);
        }
    }

    @Override
    public JsonValue toTree(Object value) {
        try (var buffer = new TokenBuffer(mapper, false)) {
            mapper.writeValue(buffer, value);
            try (JsonParser p = buffer.asParserOnFirstToken()) {
                return JsonValues.read(p);
            }
        } catch (JacksonException e) {
            throw Errors.translate(e, true);
        } catch (IOException e) {
            throw new AdoJsonException("Could not convert to a JSON tree: " + e.getMessage(), e);
        }
    }

    @Override
    public <T> T fromTree(JsonValue tree, JsonType<T> type) {
        Objects.requireNonNull(tree, "tree == null");
        ObjectReader reader = reader(type);
        try (var buffer = new TokenBuffer(mapper, false)) {
            JsonValues.write(tree, buffer);
            try (JsonParser p = buffer.asParser(mapper)) {
                return reader.readValue(p);
            }
        } catch (JacksonException e) {
            throw Errors.translate(e, true);
        } catch (IOException e) {
            throw new AdoJsonException("Could not bind the JSON tree: " + e.getMessage(), e);
        } catch (AdoException e) {
            throw e;
        } catch (RuntimeException e) {
            throw Errors.untyped(e);
        }
    }

    @Override
    public String toString() {
        return "JacksonCodec[maxDepth=" + maxDepth + "]";
    }
}
