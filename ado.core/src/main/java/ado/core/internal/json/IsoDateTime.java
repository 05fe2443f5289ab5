package ado.core.internal.json;

import ado.core.error.AdoJsonException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads and writes ISO-8601 date-times as Azure DevOps sends them: {@code 2024-05-01T12:30:45.1234567Z}, with 0
 * to 9 fractional digits and an optional offset ({@code Z} or {@code +hh:mm}; none means UTC). .NET's
 * {@code DateTime.MinValue}, {@code 0001-01-01T00:00:00}, means "not set" and reads as {@code null}. Writing uses
 * UTC, a {@code Z} and at most 7 fractional digits (.NET's 100 ns ticks), without trailing zeros.
 */
final class IsoDateTime {

    private IsoDateTime() {
    }

    /** {@return the next value, a date-time string, or {@code null} for MinValue} */
    static OffsetDateTime read(JsonReader in) {
        int start = in.position();
        String text = in.readString();
        try {
            return parse(text);
        } catch (DateTimeException e) {
            throw in.errorAt("Expected an ISO-8601 date-time but was \"" + text + "\" (" + e.getMessage() + ")",
                    start, e);
        }
    }

    /**
     * {@return {@code text} as a date-time, or {@code null} for {@code 0001-01-01T00:00:00}}
     *
     * @throws DateTimeException if {@code text} is not such a date-time
     */
    static OffsetDateTime parse(String text) {
        int n = text.length();
        if (n < 19 || text.charAt(4) != '-' || text.charAt(7) != '-' || (text.charAt(10) | 0x20) != 't'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            throw new DateTimeException("expected yyyy-MM-ddTHH:mm:ss");
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int i = 19;
        int nanos = 0;
        if (i < n && text.charAt(i) == '.') {
            int first = ++i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            int count = i - first;
            if (count < 1 || count > 9) {
                throw new DateTimeException("expected 1 to 9 fractional digits, not " + count);
            }
            nanos = digits(text, first, count);
            for (int k = count; k < 9; k++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset = ZoneOffset.UTC;
        if (i < n) {
            char c = text.charAt(i);
            if ((c | 0x20) == 'z' && i + 1 == n) {
                i++;
            } else if ((c == '+' || c == '-') && i + 6 == n && text.charAt(i + 3) == ':') {
                int sign = c == '-' ? -1 : 1;
                offset = ZoneOffset.ofHoursMinutes(sign * digits(text, i + 1, 2), sign * digits(text, i + 4, 2));
                i = n;
            } else {
                throw new DateTimeException("expected 'Z' or an offset such as +01:00 after the time");
            }
        }
        if (year == 1 && month == 1 && day == 1 && hour == 0 && minute == 0 && second == 0 && nanos == 0) {
            return null; // .NET DateTime.MinValue: "not set"
        }
        return OffsetDateTime.of(LocalDateTime.of(year, month, day, hour, minute, second, nanos), offset);
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                throw new DateTimeException("expected a digit at index " + i);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Writes {@code value} as {@code yyyy-MM-ddTHH:mm:ss[.fffffff]Z} in UTC. */
    static void write(JsonWriter out, Instant value) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(value.getEpochSecond(), value.getNano(), ZoneOffset.UTC);
        if (t.getYear() < 0 || t.getYear() > 9999) {
            throw new AdoJsonException("Cannot write " + value + ": years outside 0000-9999 are not supported",
                    null);
        }
        byte[] b = new byte[28];
        put(b, 0, t.getYear(), 4);
        b[4] = '-';
        put(b, 5, t.getMonthValue(), 2);
        b[7] = '-';
        put(b, 8, t.getDayOfMonth(), 2);
        b[10] = 'T';
        put(b, 11, t.getHour(), 2);
        b[13] = ':';
        put(b, 14, t.getMinute(), 2);
        b[16] = ':';
        put(b, 17, t.getSecond(), 2);
        int n = 19;
        int ticks = value.getNano() / 100;
        if (ticks != 0) {
            int digits = 7;
            while (ticks % 10 == 0) {
                ticks /= 10;
                digits--;
            }
            b[n++] = '.';
            put(b, n, ticks, digits);
            n += digits;
        }
        b[n++] = 'Z';
        out.asciiString(b, n);
    }

    private static void put(byte[] b, int at, int value, int digits) {
        for (int i = at + digits - 1; i >= at; i--) {
            b[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }
}
