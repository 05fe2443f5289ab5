package ado.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.lang.reflect.Array;

/**
 * Primitive components: an absent member reads as zero, a JSON {@code null} fails (there is no null int), and numbers
 * are checked as {@link Numbers} says.
 */
final class Primitives {

    private Primitives() {
    }

    /** Wraps Jackson's deserializer of one primitive type. */
    static final class Deserializer extends StdDeserializer<Object> {
        private static final long serialVersionUID = 1L;

        private final transient JsonDeserializer<?> delegate;
        private final transient Object zero;

        Deserializer(Class<?> primitive) {
            super(primitive);
            this.delegate = NumberDeserializers.find(primitive, primitive.getName());
            this.zero = Array.get(Array.newInstance(primitive, 1), 0);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return Numbers.read(delegate, handledType(), p, ctxt);
        }

        @Override
        public Object getNullValue(DeserializationContext ctxt) throws MismatchedInputException {
            throw MismatchedInputException.from(ctxt.getParser(), handledType(),
                    "Expected " + handledType().getName() + " but was null");
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return zero;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }
}
