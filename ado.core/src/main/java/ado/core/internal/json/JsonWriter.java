package ado.core.internal.json;

import ado.core.error.AdoJsonException;
import ado.core.error.AdoTransportException;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes compact UTF-8 JSON into a growing byte array. Commas are placed automatically; callers pair
 * {@code begin}/{@code end} calls and put a {@code name} before each member value. Not thread-safe.
 */
final class JsonWriter {

    private static final int STRING_CHUNK = 1024;
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ESCAPES = new byte[128]; // 0: as is; 'u': a six-character unicode escape; else the char after the backslash

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPES[c] = 'u';
        }
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
        ESCAPES['\b'] = 'b';
        ESCAPES['\f'] = 'f';
        ESCAPES['\n'] = 'n';
        ESCAPES['\r'] = 'r';
        ESCAPES['\t'] = 't';
    }

    private byte[] buf = new byte[256];
    private int len;
    private boolean comma; // whether the next value or name needs a comma before it

    void beginObject() {
        separate();
        put('{');
        comma = false;
    }

    void endObject() {
        put('}');
        comma = true;
    }

    void beginArray() {
        separate();
        put('[');
        comma = false;
    }

    void endArray() {
        put(']');
        comma = true;
    }

    /** Writes a member name prepared by {@link #nameBytes(String)}: quoted, escaped, with the colon. */
    void name(byte[] prepared) {
        separate();
        ensure(prepared.length);
        System.arraycopy(prepared, 0, buf, len, prepared.length);
        len += prepared.length;
        comma = false;
    }

    void name(String name) {
        separate();
        string(name);
        put(':');
        comma = false;
    }

    void value(String value) {
        separate();
        string(value);
        comma = true;
    }

    void value(long value) {
        separate();
        ensure(20);
        if (value == Long.MIN_VALUE) {
            ascii("-9223372036854775808");
        } else {
            if (value < 0) {
                buf[len++] = '-';
                value = -value;
            }
            int digits = 1;
            for (long v = value; v >= 10; v /= 10) {
                digits++;
            }
            for (int i = len + digits - 1; i >= len; i--) {
                buf[i] = (byte) ('0' + value % 10);
                value /= 10;
            }
            len += digits;
        }
        comma = true;
    }

    void value(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new AdoJsonException("Cannot write " + value + ": JSON numbers must be finite", null);
        }
        number(Double.toString(value));
    }

    void value(float value) {
        if (Float.isNaN(value) || Float.isInfinite(value)) {
            throw new AdoJsonException("Cannot write " + value + ": JSON numbers must be finite", null);
        }
        number(Float.toString(value));
    }

    void value(BigDecimal value) {
        number(value.toString());
    }

    void value(BigInteger value) {
        number(value.toString());
    }

    void value(boolean value) {
        number(value ? "true" : "false");
    }

    void nullValue() {
        number("null");
    }

    /** Writes a value prepared as JSON bytes, such as a quoted enum name. */
    void rawValue(byte[] json) {
        separate();
        ensure(json.length);
        System.arraycopy(json, 0, buf, len, json.length);
        len += json.length;
        comma = true;
    }

    /** Writes {@code chars[0, length)}, which are ASCII needing no escapes, as a string. */
    void asciiString(byte[] chars, int length) {
        separate();
        ensure(length + 2);
        buf[len++] = '"';
        System.arraycopy(chars, 0, buf, len, length);
        len += length;
        buf[len++] = '"';
        comma = true;
    }

    private void number(String text) {
        separate();
        ensure(text.length());
        ascii(text);
        comma = true;
    }

    private void ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            buf[len++] = (byte) text.charAt(i);
        }
    }

    private void separate() {
        if (comma) {
            put(',');
        }
    }

    private void put(char c) {
        ensure(1);
        buf[len++] = (byte) c;
    }

    private void string(String s) {
        int n = s.length();
        ensure(2);
        buf[len++] = '"';
        for (int i = 0; i < n; ) {
            int chunkEnd = Math.min(n, i + STRING_CHUNK);
            ensure(6L * (chunkEnd - i) + 1); // the worst case: every char a six-byte escape
            i = encode(s, i, chunkEnd, n);
        }
        buf[len++] = '"';
    }

    /** Encodes {@code s[i, chunkEnd)} (and the low half of a pair straddling its end); {@return the next index} */
    private int encode(String s, int i, int chunkEnd, int n) {
        byte[] b = buf;
        int p = len;
        for (; i < chunkEnd; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                byte escape = ESCAPES[c];
                if (escape == 0) {
                    b[p++] = (byte) c;
                } else if (escape != 'u') {
                    b[p++] = '\\';
                    b[p++] = escape;
                } else {
                    b[p++] = '\\';
                    b[p++] = 'u';
                    b[p++] = '0';
                    b[p++] = '0';
                    b[p++] = HEX[c >> 4];
                    b[p++] = HEX[c & 0xF];
                }
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | c >> 6);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                b[p++] = (byte) (0xE0 | c >> 12);
                b[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else {
                char low = i + 1 < n ? s.charAt(i + 1) : 0;
                if (!Character.isHighSurrogate(c) || !Character.isLowSurrogate(low)) {
                    throw new AdoJsonException("Cannot write a string with an unpaired surrogate U+"
                            + ByteText.hex(c, 4) + " at index " + i, null);
                }
                int cp = Character.toCodePoint(c, low);
                i++; // four bytes for two chars fit the six bytes reserved for this one
                b[p++] = (byte) (0xF0 | cp >> 18);
                b[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | cp & 0x3F);
            }
        }
        len = p;
        return i;
    }

    private void ensure(long extra) {
        long needed = len + extra;
        if (needed > buf.length) {
            if (needed > Integer.MAX_VALUE - 8) {
                throw new AdoJsonException("JSON output larger than 2 GB", null);
            }
            buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, buf.length * 2L)));
        }
    }

    /** {@return the JSON written so far} */
    byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    /** Copies the JSON written so far to {@code out}. */
    void writeTo(OutputStream out) {
        try {
            out.write(buf, 0, len);
        } catch (IOException e) {
            throw new AdoTransportException("Could not write JSON: " + e.getMessage(), e);
        }
    }

    /** {@return {@code name} as a member name for {@link #name(byte[])}: quoted, escaped, with the colon} */
    static byte[] nameBytes(String name) {
        var w = new JsonWriter();
        w.name(name);
        return w.toByteArray();
    }

    /** {@return {@code value} as a JSON string, for {@link #rawValue(byte[])}} */
    static byte[] stringBytes(String value) {
        var w = new JsonWriter();
        w.value(value);
        return w.toByteArray();
    }
}
