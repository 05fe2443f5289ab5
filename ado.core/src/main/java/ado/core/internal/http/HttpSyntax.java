package ado.core.internal.http;

import java.util.Objects;

/**
 * The syntax checks applied at the API to everything that ends up in a request line or header (RFC 7230): methods
 * and header names are tokens; header values, media types and the user agent have no control characters. Errors are
 * {@link IllegalArgumentException}s that name the parameter and the position, never the value (a header value may
 * be a secret such as an API key).
 */
public final class HttpSyntax {

    private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

    private HttpSyntax() {
    }

    /**
     * {@return {@code value}} after checking it is an RFC 7230 token (letters, digits and {@code !#$%&'*+-.^_`|~}):
     * an HTTP method or a header name
     *
     * @throws NullPointerException     naming {@code field} if {@code value} is null
     * @throws IllegalArgumentException naming {@code field} if it is empty or has another character
     */
    public static String token(String value, String field) {
        Objects.requireNonNull(value, field + " == null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        for (int i = 0; i < value.length(); i++) {
            if (!isTokenChar(value.charAt(i))) {
                throw new IllegalArgumentException(field + " must be an HTTP token (letters, digits and "
                        + TOKEN_SYMBOLS + "), but has " + describe(value.charAt(i)) + " at index " + i);
            }
        }
        return value;
    }

    /**
     * {@return {@code value}} after checking it can be sent as a header value: no control character but tab (CR, LF
     * and NUL among them) and nothing beyond ISO-8859-1
     *
     * @throws NullPointerException     naming {@code field} if {@code value} is null
     * @throws IllegalArgumentException naming {@code field} and the index, never the value
     */
    public static String headerValue(String value, String field) {
        Objects.requireNonNull(value, field + " == null");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7F || c > 0xFF) {
                throw new IllegalArgumentException(field + " cannot be sent in a header: it has "
                        + describe(c) + " at index " + i);
            }
        }
        return value;
    }

    /**
     * {@return {@code value}} after checking it is a media type such as {@code application/json} or
     * {@code text/plain; charset=utf-8}: a token, {@code /}, a token, then optional parameters, as a header value
     *
     * @throws NullPointerException     naming {@code field} if {@code value} is null
     * @throws IllegalArgumentException naming {@code field} if it is blank or not a media type
     */
    public static String mediaType(String value, String field) {
        headerValue(value, field);
        String essence = value.split(";", 2)[0].strip();
        int slash = essence.indexOf('/');
        if (slash <= 0 || slash == essence.length() - 1 || !isToken(essence.substring(0, slash))
                || !isToken(essence.substring(slash + 1))) {
            throw new IllegalArgumentException(field + " must be a media type such as application/json: '"
                    + value + "'");
        }
        return value;
    }

    private static boolean isToken(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isTokenChar(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || TOKEN_SYMBOLS.indexOf(c) >= 0;
    }

    private static String describe(char c) {
        if (c == '\r') {
            return "a carriage return (CR)";
        }
        if (c == '\n') {
            return "a line feed (LF)";
        }
        if (c == 0) {
            return "a NUL character";
        }
        if (Character.isISOControl(c)) {
            return "a control character (U+" + String.format("%04X", (int) c) + ")";
        }
        if (c == ' ') {
            return "a space";
        }
        return c > 0xFF ? "a character beyond ISO-8859-1 (U+" + String.format("%04X", (int) c) + ")"
                : "'" + c + "'";
    }
}
