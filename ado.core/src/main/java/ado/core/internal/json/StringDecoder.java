package ado.core.internal.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Decodes the content of JSON strings for a {@link JsonReader}: validates escapes, surrogate pairs and UTF-8
 * (rejecting truncated and overlong sequences, encoded surrogates and bytes above 0xF4) and builds the Java string.
 * Runs of plain ASCII are found eight bytes at a time and copied in bulk.
 */
final class StringDecoder {

    // A word is "plain" when none of its eight bytes is '"', a backslash, a control character or non-ASCII.
    private static final VarHandle WORDS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long QUOTES = '"' * ONES;
    private static final long BACKSLASHES = '\\' * ONES;
    private static final long SPACES = ' ' * ONES;

    private final JsonReader reader; // reports errors
    private final byte[] in;
    private final int end;
    private char[] chars = new char[64];
    private int produced; // chars produced by the last escape() or utf8() call
    private String value;

    StringDecoder(JsonReader reader, byte[] in, int end) {
        this.reader = reader;
        this.in = in;
        this.end = end;
    }

    /**
     * {@return the index of the first byte from {@code p} on that is a quote, a backslash, a control character or
     * not ASCII, or {@code end}}
     */
    static int scanPlain(byte[] in, int p, int end) {
        for (int last = end - 8; p <= last; p += 8) {
            long w = (long) WORDS.get(in, p);
            long quote = w ^ QUOTES;
            long backslash = w ^ BACKSLASHES;
            // the classic "has a zero byte" and "has a byte less than n" tests, plus the high bits of non-ASCII
            long special = (quote - ONES) & ~quote | (backslash - ONES) & ~backslash | (w - SPACES) & ~w | w;
            if ((special & HIGH_BITS) != 0) {
                break;
            }
        }
        for (; p < end; p++) {
            int c = in[p];
            if (c == '"' || c < 0x20 || c == '\\') {
                break;
            }
        }
        return p;
    }

    /**
     * Decodes the string whose content starts at {@code start}; {@code [start, p)} is known to be plain ASCII.
     * When {@code build} is set, the string is then {@link #value()}.
     * {@return the index after the closing quote}
     */
    int decode(int start, int p, boolean build) {
        byte[] b = in;
        char[] out = chars;
        int n = 0;
        if (build) {
            out = room(out, 0, p - start + 16);
            for (int i = start; i < p; i++) {
                out[n++] = (char) b[i];
            }
        }
        while (true) {
            if (p >= end) {
                throw reader.errorAt("Unterminated string: expected '\"' but reached the end of the input", end);
            }
            int c = b[p];
            if (c == '"') {
                value = build ? new String(out, 0, n) : null;
                return p + 1;
            }
            if (c == '\\') {
                out = build ? room(out, n, 2) : out;
                p = escape(p, out, n, build);
                n += build ? produced : 0;
            } else if (c < 0) {
                out = build ? room(out, n, 2) : out;
                p = utf8(p, out, n, build);
                n += build ? produced : 0;
            } else if (c < 0x20) {
                throw reader.errorAt("Unescaped control character " + ByteText.codePoint(c) + " in string", p);
            } else {
                int q = scanPlain(b, p, end);
                if (build) {
                    out = room(out, n, q - p);
                    for (int i = p; i < q; i++) {
                        out[n++] = (char) b[i];
                    }
                }
                p = q;
            }
        }
    }

    /** {@return the string decoded last} */
    String value() {
        return value;
    }

    /** {@return {@code out}, or a larger copy with room for {@code extra} chars after {@code n}} */
    private char[] room(char[] out, int n, int extra) {
        if (n + extra <= out.length) {
            return out;
        }
        chars = Arrays.copyOf(out, Math.max(out.length * 2, n + extra));
        return chars;
    }

    /** Decodes the escape at {@code p} into {@code out[n]}; {@return the index after it} */
    private int escape(int p, char[] out, int n, boolean build) {
        if (p + 1 >= end) {
            throw reader.errorAt("Unterminated string: expected an escape but reached the end of the input", end);
        }
        char c;
        int next = p + 2;
        switch (in[p + 1]) {
            case '"' -> c = '"';
            case '\\' -> c = '\\';
            case '/' -> c = '/';
            case 'b' -> c = '\b';
            case 'f' -> c = '\f';
            case 'n' -> c = '\n';
            case 'r' -> c = '\r';
            case 't' -> c = '\t';
            case 'u' -> {
                c = (char) hex4(p);
                next = p + 6;
                if (Character.isLowSurrogate(c)) {
                    throw reader.errorAt("Unpaired surrogate escape \\u" + ByteText.hex(c, 4)
                            + " (a low surrogate must follow a high one)", p);
                }
                if (Character.isHighSurrogate(c)) {
                    char low = next + 1 < end && in[next] == '\\' && in[next + 1] == 'u' ? (char) hex4(next) : 0;
                    if (!Character.isLowSurrogate(low)) {
                        throw reader.errorAt("Unpaired surrogate escape \\u" + ByteText.hex(c, 4)
                                + " (a low surrogate escape must follow)", p);
                    }
                    if (build) {
                        out[n] = c;
                        out[n + 1] = low;
                    }
                    produced = 2;
                    return next + 6;
                }
            }
            default -> throw reader.errorAt("Invalid escape " + ByteText.describe(in[p + 1]) + " in string", p);
        }
        if (build) {
            out[n] = c;
        }
        produced = 1;
        return next;
    }

    private int hex4(int backslash) {
        int v = 0;
        for (int i = backslash + 2; i < backslash + 6; i++) {
            if (i >= end) {
                throw reader.errorAt("Unterminated string: expected a hex digit but reached the end of the input",
                        end);
            }
            int d = Character.digit(in[i], 16);
            if (d < 0) {
                throw reader.errorAt("Invalid \\u escape: expected a hex digit but found "
                        + ByteText.describe(in[i]), i);
            }
            v = v << 4 | d;
        }
        return v;
    }

    /** Decodes the multi-byte UTF-8 sequence at {@code p} into {@code out[n]}; {@return the index after it} */
    private int utf8(int p, char[] out, int n, boolean build) {
        int b0 = in[p] & 0xFF;
        int length;
        int min = 0x80;
        int max = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            length = 2;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            length = 3;
            min = b0 == 0xE0 ? 0xA0 : 0x80; // E0 80..9F would be overlong
            max = b0 == 0xED ? 0x9F : 0xBF; // ED A0..BF would encode a surrogate
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            length = 4;
            min = b0 == 0xF0 ? 0x90 : 0x80; // F0 80..8F would be overlong
            max = b0 == 0xF4 ? 0x8F : 0xBF; // F4 90.. would exceed U+10FFFF
        } else {
            throw reader.errorAt("Invalid UTF-8: byte 0x" + ByteText.hex(b0, 2) + " cannot start a character", p);
        }
        if (p + length > end) {
            throw reader.errorAt("Invalid UTF-8: truncated " + length + "-byte sequence", p);
        }
        int cp = b0 & (0xFF >> (length + 1));
        for (int i = 1; i < length; i++) {
            int bi = in[p + i] & 0xFF;
            if (bi < (i == 1 ? min : 0x80) || bi > (i == 1 ? max : 0xBF)) {
                throw reader.errorAt("Invalid UTF-8: byte 0x" + ByteText.hex(bi, 2) + " at position " + (i + 1)
                        + " of a " + length + "-byte sequence starting with 0x" + ByteText.hex(b0, 2), p);
            }
            cp = cp << 6 | (bi & 0x3F);
        }
        if (cp >= 0x10000) {
            if (build) {
                out[n] = Character.highSurrogate(cp);
                out[n + 1] = Character.lowSurrogate(cp);
            }
            produced = 2;
        } else {
            if (build) {
                out[n] = (char) cp;
            }
            produced = 1;
        }
        return p + length;
    }
}
