package ado.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;

/**
 * Numbers read as the built-in codec reads them: a {@code double} or {@code float} must be finite (Jackson would
 * round {@code 1e400} to infinity), and a literal Jackson cannot convert ({@code 1e99999999999} as a
 * {@code BigDecimal}) is a located JSON error, never a {@link NumberFormatException} or {@link ArithmeticException}.
 */
final class Numbers {

    private Numbers() {
    }

    /** {@return whether {@code type} is read through {@link Deserializer}} */
    static boolean handles(Class<?> type) {
        return type == Double.class || type == Float.class || type == java.math.BigDecimal.class
                || type == java.math.BigInteger.class;
    }

    /** {@return {@code delegate}'s value for the current token, checked as described above} */
    static Object read(JsonDeserializer<?> delegate, Class<?> type, JsonParser p, DeserializationContext ctxt)
            throws IOException {
        Object value;
        try {
            value = delegate.deserialize(p, ctxt);
        } catch (NumberFormatException | ArithmeticException e) {
            throw outOfRange(p, type, e);
        }
        if (value instanceof Double d && d.isInfinite() || value instanceof Float f && f.isInfinite()) {
            throw InvalidFormatException.from(p, "Number " + text(p) + " is too large for " + name(type), text(p),
                    type);
        }
        return value;
    }

    /** {@return the located error for a number literal that cannot be converted to {@code type}} */
    static JsonParseException outOfRange(JsonParser p, Class<?> type, RuntimeException cause) {
        return new JsonParseException(p, "Number out of range for " + name(type) + ": " + text(p), cause);
    }

    private static String text(JsonParser p) {
        try {
            return p.getText();
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String name(Class<?> type) {
        return type == double.class || type == Double.class ? "a double"
                : type == float.class || type == Float.class ? "a float"
                : type == ado.core.json.JsonNumber.class ? "a number"
                : "a " + type.getSimpleName();
    }

    /** Reads a boxed floating-point number, {@code BigDecimal} or {@code BigInteger} with Jackson's own rules, checked. */
    static final class Deserializer extends StdDeserializer<Object> {
        private static final long serialVersionUID = 1L;

        private final transient JsonDeserializer<?> delegate;

        Deserializer(Class<?> type) {
            super(type);
            this.delegate = NumberDeserializers.find(type, type.getName());
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return read(delegate, handledType(), p, ctxt);
        }

        @Override
        public LogicalType logicalType() {
            return delegate.logicalType();
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }
}
