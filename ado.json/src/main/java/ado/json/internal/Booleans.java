package ado.json.internal;

import ado.core.json.JsonNames;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * Reads {@code boolean} and {@code Boolean} as the built-in codec does: a JSON boolean, or the string
 * {@code "true"} or {@code "false"} in any case (the service accepts and sometimes echoes them); anything else fails
 * naming the value. A {@code null} is {@code null} for {@code Boolean} and an error for {@code boolean}.
 */
final class Booleans extends StdScalarDeserializer<Boolean> {
    private static final long serialVersionUID = 1L;

    private final boolean primitive;

    Booleans(boolean primitive) {
        super(primitive ? Boolean.TYPE : Boolean.class);
        this.primitive = primitive;
    }

    @Override
    public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = p.getText();
            Boolean value = JsonNames.booleanOfString(text);
            if (value != null) {
                return value;
            }
            throw MismatchedInputException.from(p, handledType(), "Expected a boolean but was \"" + text + "\"");
        }
        throw MismatchedInputException.from(p, handledType(), "Expected a boolean but was " + describe(token));
    }

    @Override
    public Boolean getNullValue(DeserializationContext ctxt) throws MismatchedInputException {
        if (primitive) {
            throw MismatchedInputException.from(ctxt.getParser(), handledType(), "Expected boolean but was null");
        }
        return null;
    }

    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
        return primitive ? Boolean.FALSE : null;
    }

    @Override
    public boolean isCachable() {
        return true;
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "OBJECT";
            case START_ARRAY -> "ARRAY";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "NUMBER";
            default -> token.name();
        };
    }
}
