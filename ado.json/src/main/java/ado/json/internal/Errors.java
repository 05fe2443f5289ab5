package ado.json.internal;

import ado.core.error.AdoJsonException;
import ado.core.json.JsonNames;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayDeque;
import java.util.List;

/** Turns Jackson's exceptions into {@link AdoJsonException}s with path, line and column. */
public final class Errors {

    private Errors() {
    }

    /** {@return {@code e} as an {@link AdoJsonException}; {@code fromTree} drops the location} */
    public static AdoJsonException translate(JacksonException e, boolean fromTree) {
        String path = null;
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            path = path(m.getPath());
        } else if (e instanceof StreamReadException r && r.getProcessor() != null) {
            path = path(r.getProcessor().getParsingContext());
        }
        long line = -1;
        long column = -1;
        JsonLocation location = e.getLocation();
        if (!fromTree && location != null && location.getLineNr() > 0) {
            line = location.getLineNr();
            column = Math.max(1, location.getColumnNr()); // Jackson reports column 0 at the end of empty input
        }
        String reason = e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage();
        return new AdoJsonException(reason == null ? e.getClass().getSimpleName() : reason, path, line, column, e);
    }

    /**
     * {@return an exception Jackson let escape untyped ({@link NumberFormatException}, {@link ArithmeticException},
     * ...) as an {@link AdoJsonException}}: the last line of defence; the deserializers translate the known cases
     * with their location
     */
    public static AdoJsonException untyped(RuntimeException e) {
        return new AdoJsonException("Could not read JSON: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
    }

    /** {@return the path of a mapping exception, such as {@code $.value[3].title}} */
    static String path(List<JsonMappingException.Reference> references) {
        var sb = new StringBuilder("$");
        for (var ref : references) {
            if (ref.getFieldName() != null) {
                JsonNames.appendPathMember(sb, ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** {@return the path of the parser's position} */
    static String path(JsonStreamContext context) {
        var stack = new ArrayDeque<JsonStreamContext>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            stack.push(c);
        }
        var sb = new StringBuilder("$");
        for (JsonStreamContext c : stack) {
            if (c.inArray()) {
                sb.append('[').append(Math.max(0, c.getCurrentIndex())).append(']');
            } else if (c.getCurrentName() != null) {
                JsonNames.appendPathMember(sb, c.getCurrentName());
            }
        }
        return sb.toString();
    }
}
