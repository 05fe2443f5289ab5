package ado.core.internal.json;

/**
 * Validates JSON number literals against the RFC 8259 grammar for a {@link JsonReader} (no leading zeros, no
 * {@code +}, digits after {@code .} and in exponents) and computes integers of up to 18 digits, which always fit
 * a {@code long}, without allocating.
 */
final class NumberScanner {

    /** Number literals longer than this are rejected: parsing huge ones is slow, and no API sends them. */
    static final int MAX_LENGTH = 1000;

    private final JsonReader reader; // reports errors
    private final byte[] in;
    private final int end;
    private boolean isLong;
    private long value;

    NumberScanner(JsonReader reader, byte[] in, int end) {
        this.reader = reader;
        this.in = in;
        this.end = end;
    }

    /** Scans the number starting at {@code start} (a '-' or a digit). {@return the index after it} */
    int scan(int start) {
        byte[] b = in;
        int p = start;
        boolean negative = b[p] == '-';
        if (negative) {
            p++;
        }
        int digitsStart = p;
        long v = 0;
        if (!digitAt(p)) {
            throw error(negative ? "Expected a digit after '-'" : "Expected a digit", p);
        }
        if (b[p] == '0') {
            p++;
            if (digitAt(p)) {
                throw reader.errorAt("Leading zeros are not allowed in numbers", digitsStart);
            }
        } else {
            for (; digitAt(p); p++) {
                v = v * 10 + (b[p] - '0'); // wraps past 18 digits, but then isLong is false
            }
        }
        int digits = p - digitsStart;
        boolean integer = true;
        if (p < end && b[p] == '.') {
            integer = false;
            p++;
            if (!digitAt(p)) {
                throw error("Expected a digit after '.'", p);
            }
            while (digitAt(p)) {
                p++;
            }
        }
        if (p < end && (b[p] == 'e' || b[p] == 'E')) {
            integer = false;
            p++;
            if (p < end && (b[p] == '+' || b[p] == '-')) {
                p++;
            }
            if (!digitAt(p)) {
                throw error("Expected a digit in the exponent", p);
            }
            while (digitAt(p)) {
                p++;
            }
        }
        if (p - start > MAX_LENGTH) {
            throw reader.errorAt("Number longer than " + MAX_LENGTH + " characters", start);
        }
        isLong = integer && digits <= 18;
        value = negative ? -v : v;
        return p;
    }

    /** {@return whether the number scanned last is an integer that {@link #value()} holds exactly} */
    boolean isLong() {
        return isLong;
    }

    /** {@return the value of the number scanned last, if {@link #isLong()}} */
    long value() {
        return value;
    }

    private boolean digitAt(int p) {
        return p < end && in[p] >= '0' && in[p] <= '9';
    }

    private RuntimeException error(String expected, int at) {
        return reader.errorAt(expected + (at >= end ? " but reached the end of the input"
                : " but found " + ByteText.describe(in[at])), at);
    }
}
