package ado.core.internal.json;

import java.util.Locale;

/** Names bytes and code points in error messages: {@code 'x'}, {@code U+000A}, {@code byte 0xC3}. */
final class ByteText {

    private ByteText() {
    }

    /** {@return the byte {@code b} as a message shows it} */
    static String describe(byte b) {
        int c = b & 0xFF;
        if (c > 0x20 && c < 0x7F) {
            return "'" + (char) c + "'";
        }
        return c < 0x80 ? codePoint(c) : "byte 0x" + hex(c, 2);
    }

    /** {@return {@code c} as {@code U+XXXX}} */
    static String codePoint(int c) {
        return "U+" + hex(c, 4);
    }

    /** {@return {@code c} in upper-case hex, zero-padded to {@code digits}} */
    static String hex(int c, int digits) {
        String h = Integer.toHexString(c).toUpperCase(Locale.ROOT);
        return "0".repeat(Math.max(0, digits - h.length())) + h;
    }
}
