package ado.core.internal.json;

import ado.core.error.AdoJsonException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A strict RFC 8259 pull reader over a UTF-8 document in a byte array. It validates everything it passes over
 * (UTF-8, escapes, numbers, structure), limits nesting, and reports errors with the line, the column and the JSON
 * path. Not thread-safe; one instance reads one document.
 *
 * <p>Objects are read as {@code beginObject(); while (nextName()) { ...read the value... }}; arrays as
 * {@code beginArray(); while (nextElement()) { ...read the element... }}. The closing bracket is consumed by the
 * call that returns {@code false}.
 */
final class JsonReader {

    /** Number literals longer than this are rejected: parsing huge ones is slow, and no API sends them. */
    static final int MAX_NUMBER_LENGTH = 1000;

    // Eight bytes at a time: a word is "plain" when no byte is '"', '\\', a control character or non-ASCII.
    private static final VarHandle WORDS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long QUOTES = '"' * ONES;
    private static final long BACKSLASHES = '\\' * ONES;
    private static final long SPACES = ' ' * ONES;
    private static final int NAME_CACHE_SIZE = 256;

    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};

    private final byte[] in;
    private final int end;
    private final boolean locations;
    private final PathStack path;
    private final int start;
    private int pos;

    // The member name read last: a slice of `in`, or of `nameScratch` when it had escapes.
    private byte[] nameBytes;
    private int nameOffset;
    private int nameLength;

    // The number scanned last.
    private boolean numberIsLong;
    private long numberValue;

    private char[] chars = new char[64];

    // Member names seen in this document, so repeated names share one String (and its cached hash).
    private byte[][] nameCacheKeys;
    private String[] nameCacheValues;

    /**
     * Creates a reader.
     *
     * @param in        the document; a leading UTF-8 byte order mark is skipped
     * @param maxDepth  the deepest nesting of arrays and objects accepted
     * @param locations whether errors report line and column (not when the bytes were made from a tree)
     */
    JsonReader(byte[] in, int maxDepth, boolean locations) {
        this.in = in;
        this.end = in.length;
        this.locations = locations;
        this.path = new PathStack(maxDepth);
        if (end >= 3 && in[0] == (byte) 0xEF && in[1] == (byte) 0xBB && in[2] == (byte) 0xBF) {
            pos = 3;
        }
        start = pos;
    }

    // ---------------------------------------------------------------- structure

    /** {@return the kind of the next value} */
    JsonToken peek() {
        JsonToken token = JsonToken.startingWith(skipWhitespace());
        if (token == null) {
            throw unexpected("a value");
        }
        return token;
    }

    /** Consumes a {@code null} if one is next. {@return whether it did} */
    boolean nextIsNull() {
        if (skipWhitespace() != 'n') {
            return false;
        }
        literal(NULL);
        return true;
    }

    /** Enters an object. */
    void beginObject() {
        if (skipWhitespace() != '{') {
            throw mismatch("an object");
        }
        enter(true);
    }

    /** Enters an array. */
    void beginArray() {
        if (skipWhitespace() != '[') {
            throw mismatch("an array");
        }
        enter(false);
    }

    private void enter(boolean object) {
        if (path.full()) {
            throw error("Nesting deeper than " + path.maxDepth() + " levels is not allowed");
        }
        pos++;
        path.push(object);
    }

    /**
     * Moves to the next member of the current object, reading its name and the colon.
     * {@return {@code false}, having consumed the closing brace, when there are no more}
     */
    boolean nextName() {
        int c = skipWhitespace();
        int n = path.count();
        if (c == '}') {
            pos++;
            path.pop();
            return false;
        }
        if (n > 0) {
            if (c != ',') {
                throw unexpected("',' or '}'");
            }
            pos++;
            c = skipWhitespace();
            if (c == '}') {
                throw error("Trailing comma before '}'");
            }
            if (c != '"') {
                throw unexpected("a member name");
            }
        } else if (c != '"') {
            throw unexpected("a member name or '}'");
        }
        readName(n);
        if (skipWhitespace() != ':') {
            throw unexpected("':'");
        }
        pos++;
        return true;
    }

    /**
     * Moves to the next element of the current array.
     * {@return {@code false}, having consumed the closing bracket, when there are no more}
     */
    boolean nextElement() {
        int c = skipWhitespace();
        int n = path.count();
        if (c == ']') {
            pos++;
            path.pop();
            return false;
        }
        if (n > 0) {
            if (c != ',') {
                throw unexpected("',' or ']'");
            }
            pos++;
            if (skipWhitespace() == ']') {
                throw error("Trailing comma before ']'");
            }
        }
        path.nextElement(n);
        return true;
    }

    /** {@return the current nesting depth: 0 at the top level} */
    int depth() {
        return path.depth();
    }

    /** {@return whether the innermost open container is an object} */
    boolean inObject() {
        return path.inObject();
    }

    /** Skips the next value, validating it. Iterative, so deep nesting cannot overflow the stack. */
    void skipValue() {
        int base = path.depth();
        do {
            int c = skipWhitespace();
            switch (c) {
                case '{' -> enter(true);
                case '[' -> enter(false);
                case '"' -> skipString();
                case 't' -> literal(TRUE);
                case 'f' -> literal(FALSE);
                case 'n' -> literal(NULL);
                case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> pos = scanNumber(pos);
                default -> throw unexpected("a value");
            }
            while (path.depth() > base && !(path.inObject() ? nextName() : nextElement())) {
                // closed a container; continue with its parent
            }
        } while (path.depth() > base);
    }

    /** Checks that nothing but whitespace follows the value just read. */
    void endDocument() {
        if (skipWhitespace() != -1) {
            throw error("Expected the end of the input but found " + describe(pos));
        }
    }

    // ---------------------------------------------------------------- member names

    private void readName(int n) {
        int start = pos + 1;
        int p = scanPlain(start);
        if (p < end && in[p] == '"') {
            pos = p + 1;
            nameBytes = in;
            nameOffset = start;
            nameLength = p - start;
            path.nextMember(n, start, nameLength, null);
            return;
        }
        String name = decodeString(start, p, true);
        nameBytes = name.getBytes(StandardCharsets.UTF_8);
        nameOffset = 0;
        nameLength = nameBytes.length;
        path.nextMember(n, -1, -1, name);
    }

    /** {@return the array holding the current member name's UTF-8 bytes, at {@link #nameOffset()}} */
    byte[] nameBytes() {
        return nameBytes;
    }

    int nameOffset() {
        return nameOffset;
    }

    int nameLength() {
        return nameLength;
    }

    /** {@return the current member name} */
    String nameString() {
        if (nameBytes != in) {
            return path.name(in); // it had escapes or non-ASCII characters
        }
        if (nameCacheKeys == null) {
            nameCacheKeys = new byte[NAME_CACHE_SIZE][];
            nameCacheValues = new String[NAME_CACHE_SIZE];
        }
        int from = nameOffset;
        int to = from + nameLength;
        int h = nameLength;
        for (int i = from; i < to; i++) {
            h = 31 * h + in[i];
        }
        int slot = (h ^ h >>> 8) & (NAME_CACHE_SIZE - 1);
        byte[] key = nameCacheKeys[slot];
        if (key != null && key.length == nameLength && Arrays.equals(key, 0, nameLength, in, from, to)) {
            return nameCacheValues[slot];
        }
        String name = new String(in, from, nameLength, StandardCharsets.ISO_8859_1); // ASCII
        nameCacheKeys[slot] = Arrays.copyOfRange(in, from, to);
        nameCacheValues[slot] = name;
        return name;
    }

    // ---------------------------------------------------------------- strings

    /** {@return the next value, which must be a string} */
    String readString() {
        if (skipWhitespace() != '"') {
            throw mismatch("a string");
        }
        int start = pos + 1;
        int p = scanPlain(start);
        if (p < end && in[p] == '"') {
            pos = p + 1;
            return new String(in, start, p - start, StandardCharsets.ISO_8859_1); // all ASCII
        }
        return decodeString(start, p, true);
    }

    private void skipString() {
        int start = pos + 1;
        int p = scanPlain(start);
        if (p < end && in[p] == '"') {
            pos = p + 1;
            return;
        }
        decodeString(start, p, false);
    }

    /**
     * {@return the index of the first byte from {@code p} on that is a quote, a backslash, a control character or
     * not ASCII, or the end of the input}
     */
    private int scanPlain(int p) {
        byte[] b = in;
        for (int last = end - 8; p <= last; p += 8) {
            long w = (long) WORDS.get(b, p);
            long quote = w ^ QUOTES;
            long backslash = w ^ BACKSLASHES;
            long special = (quote - ONES) & ~quote | (backslash - ONES) & ~backslash | (w - SPACES) & ~w | w;
            if ((special & HIGH_BITS) != 0) {
                break;
            }
        }
        for (; p < end; p++) {
            int c = b[p];
            if (c == '"' || c < 0x20 || c == '\\') {
                break;
            }
        }
        return p;
    }

    /**
     * Decodes the string whose content starts at {@code start}, validating escapes and UTF-8, and moves past its
     * closing quote; {@code [start, p)} is already known to be plain ASCII.
     * {@return the string, or {@code null} when {@code build} is false}
     */
    private String decodeString(int start, int p, boolean build) {
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
                pos = end;
                throw error("Unterminated string: expected '\"' but reached the end of the input");
            }
            int c = b[p];
            if (c == '"') {
                pos = p + 1;
                return build ? new String(out, 0, n) : null;
            }
            if (c == '\\') {
                out = build ? room(out, n, 2) : out;
                p = escape(p, out, n, build);
                n += build ? escapedChars : 0;
            } else if (c < 0) {
                out = build ? room(out, n, 2) : out;
                p = utf8(p, out, n, build);
                n += build ? escapedChars : 0;
            } else if (c < 0x20) {
                pos = p;
                throw error("Unescaped control character " + codePoint(c) + " in string");
            } else {
                int q = scanPlain(p);
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

    /** {@return {@code out}, or a larger copy with room for {@code extra} chars after {@code n}} */
    private char[] room(char[] out, int n, int extra) {
        if (n + extra <= out.length) {
            return out;
        }
        chars = Arrays.copyOf(out, Math.max(out.length * 2, n + extra));
        return chars;
    }

    private int escapedChars; // chars produced by the last escape() or utf8() call

    /** Decodes the escape at {@code p} into {@code out[n]}; {@return the index after it} */
    private int escape(int p, char[] out, int n, boolean build) {
        if (p + 1 >= end) {
            pos = end;
            throw error("Unterminated string: expected an escape but reached the end of the input");
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
                    pos = p;
                    throw error("Unpaired surrogate escape \\u" + hex(c) + " (a low surrogate must follow a high one)");
                }
                if (Character.isHighSurrogate(c)) {
                    char low = next + 1 < end && in[next] == '\\' && in[next + 1] == 'u' ? (char) hex4(next) : 0;
                    if (!Character.isLowSurrogate(low)) {
                        pos = p;
                        throw error("Unpaired surrogate escape \\u" + hex(c) + " (a low surrogate escape must follow)");
                    }
                    if (build) {
                        out[n] = c;
                        out[n + 1] = low;
                    }
                    escapedChars = 2;
                    return next + 6;
                }
            }
            default -> {
                pos = p;
                throw error("Invalid escape " + describe(p + 1) + " in string");
            }
        }
        if (build) {
            out[n] = c;
        }
        escapedChars = 1;
        return next;
    }

    private int hex4(int backslash) {
        int v = 0;
        for (int i = backslash + 2; i < backslash + 6; i++) {
            int d = i < end ? Character.digit(in[i], 16) : -1;
            if (d < 0) {
                pos = Math.min(i, end);
                throw i < end ? error("Invalid \\u escape: expected a hex digit but found " + describe(i))
                        : error("Unterminated string: expected a hex digit but reached the end of the input");
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
            pos = p;
            throw error("Invalid UTF-8: byte 0x" + hex(b0) + " cannot start a character");
        }
        if (p + length > end) {
            pos = p;
            throw error("Invalid UTF-8: truncated " + length + "-byte sequence");
        }
        int cp = b0 & (0xFF >> (length + 1));
        for (int i = 1; i < length; i++) {
            int bi = in[p + i] & 0xFF;
            if (bi < (i == 1 ? min : 0x80) || bi > (i == 1 ? max : 0xBF)) {
                pos = p;
                throw error("Invalid UTF-8: byte 0x" + hex(bi) + " at position " + (i + 1) + " of a " + length
                        + "-byte sequence starting with 0x" + hex(b0));
            }
            cp = cp << 6 | (bi & 0x3F);
        }
        if (cp >= 0x10000) {
            if (build) {
                out[n] = Character.highSurrogate(cp);
                out[n + 1] = Character.lowSurrogate(cp);
            }
            escapedChars = 2;
        } else {
            if (build) {
                out[n] = (char) cp;
            }
            escapedChars = 1;
        }
        return p + length;
    }

    // ---------------------------------------------------------------- literals

    /** {@return the next value, which must be {@code true} or {@code false}} */
    boolean readBoolean() {
        int c = skipWhitespace();
        if (c == 't') {
            literal(TRUE);
            return true;
        }
        if (c == 'f') {
            literal(FALSE);
            return false;
        }
        throw mismatch("a boolean");
    }

    private void literal(byte[] word) {
        int p = pos;
        for (byte expected : word) {
            if (p >= end || in[p] != expected) {
                throw error("Invalid literal: expected '" + new String(word, StandardCharsets.US_ASCII) + "'");
            }
            p++;
        }
        pos = p;
    }

    // ---------------------------------------------------------------- numbers

    /** {@return the next value, which must be an integer that fits a {@code long}} */
    long readLong(String expected) {
        int start = startNumber(expected);
        pos = scanNumber(start);
        if (numberIsLong) {
            return numberValue;
        }
        BigDecimal value = decimal(start);
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw errorAt("Expected " + expected + " but was " + new String(in, start, pos - start,
                    StandardCharsets.US_ASCII), start);
        }
    }

    /** {@return the next value, which must be an integer that fits an {@code int}} */
    int readInt(String expected, long min, long max) {
        skipWhitespace();
        int start = pos;
        long v = readLong(expected);
        if (v < min || v > max) {
            throw errorAt("Expected " + expected + " but was " + v, start);
        }
        return (int) v;
    }

    /** {@return the next value as a finite {@code double}, possibly rounded} */
    double readDouble(String expected) {
        int start = startNumber(expected);
        pos = scanNumber(start);
        if (numberIsLong && Math.abs(numberValue) < (1L << 53)) {
            return numberValue;
        }
        double value = Double.parseDouble(new String(in, start, pos - start, StandardCharsets.ISO_8859_1));
        if (Double.isInfinite(value)) {
            throw errorAt("Number " + new String(in, start, pos - start, StandardCharsets.ISO_8859_1)
                    + " is too large for " + expected, start);
        }
        return value;
    }

    /** {@return the next value, which must be a number, exactly} */
    BigDecimal readBigDecimal() {
        int start = startNumber("a number");
        pos = scanNumber(start);
        return numberIsLong ? BigDecimal.valueOf(numberValue) : decimal(start);
    }

    /** {@return the next value, which must be a number, as a tree node} */
    ado.core.json.JsonNumber readNumber() {
        int start = startNumber("a number");
        pos = scanNumber(start);
        return numberIsLong ? ado.core.json.JsonNumber.of(numberValue)
                : ado.core.json.JsonNumber.of(decimal(start));
    }

    private int startNumber(String expected) {
        int c = skipWhitespace();
        if (c != '-' && (c < '0' || c > '9')) {
            throw mismatch(expected);
        }
        return pos;
    }

    private BigDecimal decimal(int start) {
        try {
            return new BigDecimal(new String(in, start, pos - start, StandardCharsets.ISO_8859_1));
        } catch (NumberFormatException e) { // only an exponent beyond the int range gets here
            throw errorAt("Number out of range", start);
        }
    }

    /**
     * Validates the number starting at {@code start} against the RFC 8259 grammar and records whether it is an
     * integer of at most 18 digits (which always fits a long) and its value. {@return the index after it}
     */
    private int scanNumber(int start) {
        byte[] b = in;
        int p = start;
        boolean negative = b[p] == '-';
        if (negative) {
            p++;
        }
        int digitsStart = p;
        long value = 0;
        if (p >= end || b[p] < '0' || b[p] > '9') {
            throw numberError(negative ? "Expected a digit after '-'" : "Expected a digit", p);
        }
        if (b[p] == '0') {
            p++;
            if (p < end && b[p] >= '0' && b[p] <= '9') {
                throw numberError("Leading zeros are not allowed in numbers", digitsStart);
            }
        } else {
            while (p < end && b[p] >= '0' && b[p] <= '9') {
                value = value * 10 + (b[p] - '0'); // wraps past 18 digits, but then numberIsLong is false
                p++;
            }
        }
        boolean integer = true;
        int digits = p - digitsStart;
        if (p < end && b[p] == '.') {
            integer = false;
            p++;
            if (p >= end || b[p] < '0' || b[p] > '9') {
                throw numberError("Expected a digit after '.'", p);
            }
            while (p < end && b[p] >= '0' && b[p] <= '9') {
                p++;
            }
        }
        if (p < end && (b[p] == 'e' || b[p] == 'E')) {
            integer = false;
            p++;
            if (p < end && (b[p] == '+' || b[p] == '-')) {
                p++;
            }
            if (p >= end || b[p] < '0' || b[p] > '9') {
                throw numberError("Expected a digit in the exponent", p);
            }
            while (p < end && b[p] >= '0' && b[p] <= '9') {
                p++;
            }
        }
        if (p - start > MAX_NUMBER_LENGTH) {
            throw numberError("Number longer than " + MAX_NUMBER_LENGTH + " characters", start);
        }
        numberIsLong = integer && digits <= 18;
        numberValue = negative ? -value : value;
        return p;
    }

    private AdoJsonException numberError(String reason, int at) {
        pos = at;
        return at >= end ? error(reason + " but reached the end of the input") : error(reason
                + (reason.startsWith("Expected") ? " but found " + describe(at) : ""));
    }

    // ---------------------------------------------------------------- errors

    /** {@return an error for a value of the wrong type at the current position} */
    AdoJsonException mismatch(String expected) {
        JsonToken actual = JsonToken.startingWith(skipWhitespace());
        if (actual == null) {
            return unexpected(expected);
        }
        return error("Expected " + expected + " but was " + actual);
    }

    /** {@return an error saying what was expected and what was found at the current position} */
    AdoJsonException unexpected(String expected) {
        if (pos >= end) {
            return error("Expected " + expected + " but reached the end of the input");
        }
        return error("Expected " + expected + " but found " + describe(pos));
    }

    /** {@return an error at the current position} */
    AdoJsonException error(String reason) {
        return errorAt(reason, pos);
    }

    /** {@return an error at {@code offset}, naming the current path} */
    AdoJsonException errorAt(String reason, int offset) {
        return errorAt(reason, offset, null);
    }

    /** {@return an error at {@code offset}, naming the current path and {@code cause}} */
    AdoJsonException errorAt(String reason, int offset, Throwable cause) {
        String where = path.render(in);
        if (!locations) {
            return new AdoJsonException(reason, where, -1, -1, cause);
        }
        long line = 1;
        int lineStart = start; // after a byte order mark, which is no character of the text
        int limit = Math.min(offset, end);
        for (int i = 0; i < limit; i++) {
            if (in[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        long column = 1;
        for (int i = lineStart; i < limit; i++) {
            if ((in[i] & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
                column++;
            }
        }
        return new AdoJsonException(reason, where, line, column, cause);
    }

    /** {@return the offset of the next non-whitespace byte} */
    int position() {
        skipWhitespace();
        return pos;
    }

    private String describe(int at) {
        int c = in[at] & 0xFF;
        if (c > 0x20 && c < 0x7F) {
            return "'" + (char) c + "'";
        }
        return c < 0x80 ? codePoint(c) : "byte 0x" + hex(c);
    }

    private static String codePoint(int c) {
        return "U+" + hex(c, 4);
    }

    private static String hex(int c) {
        return hex(c, c > 0xFF ? 4 : 2);
    }

    private static String hex(int c, int digits) {
        String h = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        return "0".repeat(Math.max(0, digits - h.length())) + h;
    }

    // ---------------------------------------------------------------- whitespace

    /** Moves past whitespace. {@return the next byte (0 to 255), or -1 at the end of the input} */
    private int skipWhitespace() {
        byte[] b = in;
        int p = pos;
        while (p < end) {
            int c = b[p];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                pos = p;
                return c & 0xFF;
            }
            p++;
        }
        pos = p;
        return -1;
    }
}
