package ado.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The date rules of {@link ado.core.json.JsonCodec}: ISO-8601 with 0 to 9 fractional digits and an optional offset
 * (none means UTC), .NET's {@code 0001-01-01T00:00:00} as absent; written in UTC with a {@code Z} and at most 7
 * fractional digits, trailing zeros dropped.
 */
final class IsoDates {

    private static final LocalDateTime DOTNET_MIN = LocalDateTime.of(1, 1, 1, 0, 0);

    private IsoDates() {
    }

    /**
     * {@return the date-time in {@code text}, or {@code null} for .NET's unset {@code 0001-01-01T00:00:00}}
     *
     * @throws DateTimeException if {@code text} is not {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}][Z|+hh:mm|-hh:mm]}
     */
    static OffsetDateTime parse(String text) {
        int n = text.length();
        if (n < 19 || text.charAt(4) != '-' || text.charAt(7) != '-' || Character.toUpperCase(text.charAt(10)) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            throw new DateTimeException("expected yyyy-MM-ddTHH:mm:ss");
        }
        int nanos = 0;
        int i = 19;
        if (i < n && text.charAt(i) == '.') {
            int digits = 0;
            for (i++; i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9'; i++, digits++) {
                if (digits < 9) {
                    nanos = nanos * 10 + text.charAt(i) - '0';
                }
            }
            if (digits < 1 || digits > 9) {
                throw new DateTimeException("expected 1 to 9 fractional digits, not " + digits);
            }
            for (int k = digits; k < 9; k++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset = ZoneOffset.UTC;
        if (i < n) {
            char c = text.charAt(i);
            if (Character.toUpperCase(c) == 'Z' && i + 1 == n) {
                offset = ZoneOffset.UTC;
            } else if ((c == '+' || c == '-') && i + 6 == n && text.charAt(i + 3) == ':') {
                int sign = c == '-' ? -1 : 1;
                offset = ZoneOffset.ofHoursMinutes(sign * number(text, i + 1, 2), sign * number(text, i + 4, 2));
            } else {
                throw new DateTimeException("expected 'Z' or an offset such as +01:00 after the time");
            }
        }
        var local = LocalDateTime.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2),
                number(text, 11, 2), number(text, 14, 2), number(text, 17, 2), nanos);
        return local.equals(DOTNET_MIN) ? null : local.atOffset(offset);
    }

    private static int number(String text, int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateTimeException("expected a digit at index " + i);
            }
            value = value * 10 + c - '0';
        }
        return value;
    }

    /** {@return {@code instant} as {@code yyyy-MM-ddTHH:mm:ss[.fffffff]Z}} */
    static String format(Instant instant) {
        var t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        if (t.getYear() < 0 || t.getYear() > 9999) {
            throw new DateTimeException("Cannot write " + instant + ": years outside 0000-9999 are not supported");
        }
        var sb = new StringBuilder(28);
        pad(sb, t.getYear(), 4);
        sb.append('-');
        pad(sb, t.getMonthValue(), 2);
        sb.append('-');
        pad(sb, t.getDayOfMonth(), 2);
        sb.append('T');
        pad(sb, t.getHour(), 2);
        sb.append(':');
        pad(sb, t.getMinute(), 2);
        sb.append(':');
        pad(sb, t.getSecond(), 2);
        int ticks = instant.getNano() / 100; // .NET ticks: 7 digits
        if (ticks != 0) {
            sb.append('.');
            int digits = 7;
            while (ticks % 10 == 0) {
                ticks /= 10;
                digits--;
            }
            pad(sb, ticks, digits);
        }
        return sb.append('Z').toString();
    }

    private static void pad(StringBuilder sb, int value, int width) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(s);
    }

    private static OffsetDateTime read(JsonParser p, DeserializationContext ctxt, Class<?> type) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            ctxt.handleUnexpectedToken(type, p.currentToken(), p,
                    "Expected an ISO-8601 date-time string but was " + p.currentToken());
        }
        String text = p.getText();
        try {
            return parse(text);
        } catch (DateTimeException e) {
            throw ctxt.weirdStringException(text, type, "not an ISO-8601 date-time (" + e.getMessage() + ")");
        }
    }

    /** Reads {@link Instant}. */
    static final class InstantDeserializer extends StdScalarDeserializer<Instant> {
        private static final long serialVersionUID = 1L;

        InstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            OffsetDateTime t = read(p, ctxt, Instant.class);
            return t == null ? null : t.toInstant();
        }
    }

    /** Reads {@link OffsetDateTime}, keeping the offset the text names. */
    static final class OffsetDateTimeDeserializer extends StdScalarDeserializer<OffsetDateTime> {
        private static final long serialVersionUID = 1L;

        OffsetDateTimeDeserializer() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return read(p, ctxt, OffsetDateTime.class);
        }
    }

    /** Writes {@link Instant} and {@link OffsetDateTime} in UTC. */
    static final class Serializer extends StdScalarSerializer<Object> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(Object.class);
        }

        @Override
        public void serialize(Object value, JsonGenerator g, SerializerProvider provider) throws IOException {
            Instant instant = value instanceof OffsetDateTime t ? t.toInstant() : (Instant) value;
            try {
                g.writeString(format(instant));
            } catch (DateTimeException e) {
                throw JsonMappingException.from(provider, e.getMessage(), e);
            }
        }
    }
}
