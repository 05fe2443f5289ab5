package ado.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

/**
 * The date rules of {@link ado.core.json.JsonCodec}: ISO-8601 with 0 to 9 fractional digits and an optional offset
 * (none means UTC), .NET's {@code 0001-01-01T00:00:00} as absent; written in UTC with a {@code Z} and at most 7
 * fractional digits, trailing zeros dropped.
 */
final class IsoDates {

    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2).appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    private static final LocalDateTime DOTNET_MIN = LocalDateTime.of(1, 1, 1, 0, 0);

    private IsoDates() {
    }

    /**
     * {@return the date-time in {@code text}, or {@code null} for .NET's unset value}
     *
     * @throws DateTimeParseException if {@code text} is not such a date-time
     */
    static OffsetDateTime parse(String text) {
        var parsed = READ.parse(text);
        var local = LocalDateTime.from(parsed);
        if (!parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
            return local.equals(DOTNET_MIN) ? null : local.atOffset(ZoneOffset.UTC);
        }
        return local.atOffset(ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)));
    }

    /** {@return {@code instant} as {@code yyyy-MM-ddTHH:mm:ss[.fffffff]Z}} */
    static String format(Instant instant) {
        var t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        var sb = new StringBuilder(28);
        int year = t.getYear();
        if (year >= 0 && year <= 9999) {
            pad(sb, year, 4);
        } else {
            sb.append(year);
        }
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
        } catch (DateTimeParseException e) {
            throw ctxt.weirdStringException(text, type, "not an ISO-8601 date-time");
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
            g.writeString(format(instant));
        }
    }
}
