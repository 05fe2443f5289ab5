package ado.core.internal.json;

import ado.core.error.AdoJsonException;
import ado.core.json.JsonNumber;
import java.math.BigDecimal;
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

    private static final int NAME_CACHE_BITS = 8;
    private static final int NAME_CACHE_SIZE = 1 << NAME_CACHE_BITS;
    private static final int NAME_CACHE_PROBES = 16;
    private static final int SHARED_NAMES_MAX = 4096;
    private static final java.util.concurrent.ConcurrentHashMap<String, String> SHARED_NAMES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};

    private final byte[] in;
    private final int end;
    private final boolean locations;
    private final PathStack path;
    private final int textStart; // after a byte order mark
    private int pos;

    // The member name read last: a slice of `in`, or the UTF-8 bytes of the decoded name when it had escapes.
    private byte[] nameBytes;
    private int nameOffset;
    private int nameLength;

    private final StringDecoder strings;
    private final NumberScanner numbers;

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
        textStart = pos;
        strings = new StringDecoder(this, in, end);
        numbers = new NumberScanner(this, in, end);
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
                case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> pos = numbers.scan(pos);
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
            throw error("Expected the end of the input but found " + ByteText.describe(in[pos]));
        }
    }

    // ---------------------------------------------------------------- member names

    private void readName(int n) {
        int start = pos + 1;
        int p = StringDecoder.scanPlain(in, start, end);
        if (p < end && in[p] == '"') {
            pos = p + 1;
            nameBytes = in;
            nameOffset = start;
            nameLength = p - start;
            path.nextMember(n, start, nameLength, null);
            return;
        }
        pos = strings.decode(start, p, true);
        String name = strings.value();
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
        int home = (h * 0x9E3779B9) >>> (32 - NAME_CACHE_BITS); // spread names that differ in one character
        int free = -1;
        // a few probes, so two names sharing a slot do not evict each other on every object (which made a new
        // String for the same name in each of them and made decoded work items retain 5 % more than Jackson's)
        for (int probe = 0; probe < NAME_CACHE_PROBES; probe++) {
            int slot = (home + probe) & (NAME_CACHE_SIZE - 1);
            byte[] key = nameCacheKeys[slot];
            if (key == null) {
                free = slot;
                break;
            }
            if (key.length == nameLength && Arrays.equals(key, 0, nameLength, in, from, to)) {
                return nameCacheValues[slot];
            }
        }
        int slot = free >= 0 ? free : home;
        String name = shared(new String(in, from, nameLength, StandardCharsets.ISO_8859_1)); // ASCII
        nameCacheKeys[slot] = Arrays.copyOfRange(in, from, to);
        nameCacheValues[slot] = name;
        return name;
    }

    /**
     * {@return the one String for {@code name} shared by all documents}, as Jackson's symbol table does, so records
     * decoded from many answers do not each hold their own copy of every member name; at most
     * {@value #SHARED_NAMES_MAX} names are kept (a hostile document cannot grow it without bound), later ones are
     * shared within their document only
     */
    private static String shared(String name) {
        String known = SHARED_NAMES.get(name);
        if (known != null) {
            return known;
        }
        if (SHARED_NAMES.size() >= SHARED_NAMES_MAX || name.length() > 64) {
            return name;
        }
        known = SHARED_NAMES.putIfAbsent(name, name);
        return known != null ? known : name;
    }

    // ---------------------------------------------------------------- strings

    /** {@return the next value, which must be a string} */
    String readString() {
        if (skipWhitespace() != '"') {
            throw mismatch("a string");
        }
        int start = pos + 1;
        int p = StringDecoder.scanPlain(in, start, end);
        if (p < end && in[p] == '"') {
            pos = p + 1;
            return new String(in, start, p - start, StandardCharsets.ISO_8859_1); // all ASCII
        }
        pos = strings.decode(start, p, true);
        return strings.value();
    }

    private void skipString() {
        int start = pos + 1;
        int p = StringDecoder.scanPlain(in, start, end);
        pos = p < end && in[p] == '"' ? p + 1 : strings.decode(start, p, false);
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
        pos = numbers.scan(start);
        if (numbers.isLong()) {
            return numbers.value();
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
        int start = position();
        long v = readLong(expected);
        if (v < min || v > max) {
            throw errorAt("Expected " + expected + " but was " + v, start);
        }
        return (int) v;
    }

    /** {@return the next value as a finite {@code double}, possibly rounded} */
    double readDouble(String expected) {
        int start = startNumber(expected);
        pos = numbers.scan(start);
        if (numbers.isLong() && Math.abs(numbers.value()) < (1L << 53)) {
            return numbers.value();
        }
        double value = Double.parseDouble(new String(in, start, pos - start, StandardCharsets.ISO_8859_1));
        if (Double.isInfinite(value)) {
            throw errorAt("Number " + new String(in, start, pos - start, StandardCharsets.ISO_8859_1)
                    + " is too large for " + expected, start);
        }
        return value;
    }

    /** {@return the next value as a finite {@code float}, rounded once from the decimal text} */
    float readFloat(String expected) {
        int start = startNumber(expected);
        pos = numbers.scan(start);
        if (numbers.isLong() && Math.abs(numbers.value()) < (1L << 24)) {
            return numbers.value();
        }
        String text = new String(in, start, pos - start, StandardCharsets.ISO_8859_1);
        float value = Float.parseFloat(text);
        if (Float.isInfinite(value)) {
            throw errorAt("Number " + text + " is too large for " + expected, start);
        }
        return value;
    }

    /** {@return the next value, which must be a number, exactly} */
    BigDecimal readBigDecimal() {
        int start = startNumber("a number");
        pos = numbers.scan(start);
        return numbers.isLong() ? BigDecimal.valueOf(numbers.value()) : decimal(start);
    }

    /** {@return the next value, which must be a number, as a tree node} */
    JsonNumber readNumber() {
        int start = startNumber("a number");
        pos = numbers.scan(start);
        return numbers.isLong() ? JsonNumber.of(numbers.value()) : JsonNumber.of(decimal(start));
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
        return error("Expected " + expected + " but found " + ByteText.describe(in[pos]));
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
        int lineStart = textStart; // a byte order mark is no character of the text
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
