package ado.json.internal;

import ado.core.error.AdoJsonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks what Jackson's parser lets through and the built-in codec rejects: invalid UTF-8 (overlong forms, encoded
 * surrogates, code points above U+10FFFF), control characters outside whitespace, and {@code \}{@code u} escapes of
 * lone surrogates. One pass over the bytes, before Jackson parses them; it also keeps Jackson from guessing UTF-16
 * or UTF-32, since their zero bytes are control characters here.
 */
public final class StrictInput {

    private StrictInput() {
    }

    /**
     * Checks {@code json}.
     *
     * @throws AdoJsonException naming the line, column and JSON path of the first problem
     */
    public static void check(byte[] json, JsonFactory factory) {
        int problem = firstProblem(json);
        if (problem >= 0) {
            throw failure(json, problem, factory);
        }
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /**
     * {@return the high bits of the bytes among the 8 at {@code i} that may not be printable ASCII other than a
     * backslash} (zero when all 8 are). Every byte below the lowest marked one is plain: going up from the lowest
     * byte, a plain byte neither is marked nor borrows from the next, and a byte that is not plain is marked.
     */
    private static long marked(byte[] b, int i) {
        long w = (long) LONGS.get(b, i);
        long below = w - 0x20 * ONES; // high bit set where a byte is below 0x20 (above 0x9F too, marked by w anyway)
        long backslash = (w ^ ('\\' * ONES)) - ONES; // high bit set where a byte is a backslash (or some above 0x80)
        return (w | below | backslash) & HIGHS;
    }

    /** {@return the offset of the first problem, or -1} */
    static int firstProblem(byte[] b) {
        int n = b.length;
        int i = 0;
        while (i < n) {
            if (i + 8 <= n) {
                long marked = marked(b, i);
                if (marked == 0) {
                    i += 8;
                    continue;
                }
                i += Long.numberOfTrailingZeros(marked) >>> 3; // to the first marked byte: those before it are plain
            }
            int c = b[i];
            if (c >= 0x20) { // printable ASCII
                if (c == '\\') {
                    int bad = escape(b, i);
                    if (bad >= 0) {
                        return bad;
                    }
                    i += escapeLength(b, i);
                } else {
                    i++;
                }
            } else if (c >= 0) { // ASCII control
                if (c != '\n' && c != '\r' && c != '\t') {
                    return i;
                }
                i++;
            } else {
                int len = utf8Length(b, i);
                if (len < 0) {
                    return i;
                }
                i += len;
            }
        }
        return -1;
    }

    private static int hex(byte[] b, int at) {
        if (at + 4 > b.length) {
            return -1;
        }
        int v = 0;
        for (int k = 0; k < 4; k++) {
            int d = Character.digit(b[at + k], 16);
            if (d < 0) {
                return -1;
            }
            v = v << 4 | d;
        }
        return v;
    }

    /** {@return the offset of a lone surrogate escape starting at {@code i}, or -1} */
    private static int escape(byte[] b, int i) {
        if (i + 1 >= b.length || b[i + 1] != 'u') {
            return -1;
        }
        int v = hex(b, i + 2);
        if (v < 0 || !Character.isSurrogate((char) v)) {
            return -1; // not a surrogate, or malformed (Jackson reports that)
        }
        if (Character.isLowSurrogate((char) v)) {
            return i;
        }
        boolean pairs = i + 7 < b.length && b[i + 6] == '\\' && b[i + 7] == 'u'
                && Character.isLowSurrogate((char) Math.max(0, hex(b, i + 8)));
        return pairs ? -1 : i;
    }

    private static int escapeLength(byte[] b, int i) {
        if (i + 1 >= b.length) {
            return 1;
        }
        if (b[i + 1] != 'u' || hex(b, i + 2) < 0) {
            return 2;
        }
        int v = hex(b, i + 2);
        return Character.isHighSurrogate((char) v) ? 12 : 6; // a high one was checked to have its low partner
    }

    /** {@return the length of the valid UTF-8 sequence at {@code i} (its lead byte is >= 0x80), or -1} */
    private static int utf8Length(byte[] b, int i) {
        int lead = b[i] & 0xFF;
        int len;
        int min;
        int max = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            len = 2;
            min = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            len = 3;
            min = lead == 0xE0 ? 0xA0 : 0x80;
            max = lead == 0xED ? 0x9F : 0xBF; // no encoded surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            len = 4;
            min = lead == 0xF0 ? 0x90 : 0x80;
            max = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return -1;
        }
        if (i + len > b.length) {
            return -1;
        }
        int second = b[i + 1] & 0xFF;
        if (second < min || second > max) {
            return -1;
        }
        for (int k = 2; k < len; k++) {
            int cont = b[i + k] & 0xFF;
            if (cont < 0x80 || cont > 0xBF) {
                return -1;
            }
        }
        return len;
    }

    private static AdoJsonException failure(byte[] b, int at, JsonFactory factory) {
        int line = 1;
        int lineStart = 0;
        for (int k = 0; k < at; k++) {
            if (b[k] == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        int c = b[at] & 0xFF;
        String reason;
        if (c == '\\') {
            reason = "Lone surrogate escape \\u" + new String(b, at + 2, 4, java.nio.charset.StandardCharsets.US_ASCII)
                    + " (a UTF-16 surrogate must come in a high-low pair)";
        } else if (c < 0x20) {
            reason = String.format("Illegal control character 0x%02X (must be escaped in strings, and only "
                    + "space, tab, CR and LF may separate tokens)", c);
        } else {
            reason = String.format("Invalid UTF-8 byte 0x%02X", c);
        }
        return new AdoJsonException(reason, pathAt(b, at, factory), line, at - lineStart + 1, null);
    }

    /** The JSON path of the value being parsed at byte {@code at}, found by parsing the bytes before it. */
    private static String pathAt(byte[] b, int at, JsonFactory factory) {
        try (JsonParser p = factory.createParser(b, 0, at)) {
            try {
                while (p.nextToken() != null) {
                    // walk to the problem
                }
            } catch (IOException expected) {
                // the prefix ends inside a token
            }
            return Errors.path(p.getParsingContext());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
