package ado.core.internal.http;

import java.nio.charset.StandardCharsets;

/** Percent-escapes path segments and query parts as UTF-8, one piece at a time. */
public final class PercentEscaper {

    private static final String UNRESERVED = "-._~";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEscaper() {
    }

    /**
     * {@return {@code segment} escaped for one path segment}: unreserved characters, {@code $} (ADO's
     * {@code workitems/$Task}), {@code :} and {@code @} stay literal; {@code /}, {@code ?}, {@code #}, {@code %},
     * spaces and non-ASCII are escaped.
     */
    public static String segment(String segment) {
        return escape(segment, "$:@");
    }

    /** {@return {@code part} escaped for a query name or value}: {@code &}, {@code =}, {@code +}, {@code #} escaped. */
    public static String query(String part) {
        return escape(part, "$,:/@");
    }

    private static String escape(String text, String literal) {
        StringBuilder out = null;
        byte[] bytes = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLiteral(c, literal)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            int end = i + 1;
            if (Character.isHighSurrogate(c) && end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
                end++;
            }
            bytes = text.substring(i, end).getBytes(StandardCharsets.UTF_8);
            for (byte b : bytes) {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
            i = end - 1;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isLiteral(char c, String literal) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || UNRESERVED.indexOf(c) >= 0 || literal.indexOf(c) >= 0;
    }
}
