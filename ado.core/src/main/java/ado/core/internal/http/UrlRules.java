package ado.core.internal.http;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/** The rules every URL ado.core sends to must satisfy, and the redaction applied before a URL is shown. */
public final class UrlRules {

    /** The longest URL (without its query) that Azure DevOps accepts. */
    public static final int MAX_LENGTH = 2048;

    private static final Pattern LOOPBACK_V4 = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    private UrlRules() {
    }

    /**
     * Checks that {@code uri} is absolute, uses https (or http to a loopback host, for the emulator) and is at most
     * {@value #MAX_LENGTH} characters without its query.
     *
     * @param field the name used in messages, such as {@code url} or {@code organization}
     * @throws IllegalArgumentException naming {@code field} and the problem
     */
    public static URI check(URI uri, String field) {
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw new IllegalArgumentException(field + " must be an absolute URL with a host: " + redact(uri));
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && isLoopback(uri.getHost()))) {
            throw new IllegalArgumentException(field + " must use https (http only for loopback hosts): "
                    + redact(uri));
        }
        String raw = uri.getRawQuery() == null ? uri.toString()
                : uri.toString().substring(0, uri.toString().indexOf('?'));
        checkLength(raw.length(), field);
        return uri;
    }

    /**
     * Checks a URL's length without its query.
     *
     * @throws IllegalArgumentException naming {@code field} if {@code length} is over {@value #MAX_LENGTH}
     */
    public static void checkLength(int length, String field) {
        if (length > MAX_LENGTH) {
            throw new IllegalArgumentException(field + " is " + length + " characters long, more than " + MAX_LENGTH);
        }
    }

    /** {@return whether {@code host} is {@code localhost}, in 127.0.0.0/8 or {@code ::1}} */
    public static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
                || LOOPBACK_V4.matcher(h).matches();
    }

    /** {@return whether {@code a} and {@code b} share scheme, host and port} */
    public static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    /**
     * {@return {@code uri} safe to show}: user info removed and the values of secret-bearing query parameters
     * ({@code sig}, {@code token}, {@code code}, {@code access_token}, ...) replaced by {@code ***}
     */
    public static URI redact(URI uri) {
        String query = uri.getRawQuery();
        if (uri.getRawUserInfo() == null && (query == null || !hasSecret(query))) {
            return uri;
        }
        var sb = new StringBuilder();
        if (uri.getScheme() != null) {
            sb.append(uri.getScheme()).append(':');
        }
        if (uri.getRawAuthority() != null) {
            sb.append("//").append(uri.getHost() == null ? "" : uri.getRawAuthority()
                    .substring(uri.getRawAuthority().indexOf('@') + 1));
        }
        sb.append(uri.getRawPath() == null ? "" : uri.getRawPath());
        if (query != null) {
            sb.append('?').append(redactQuery(query));
        }
        return URI.create(sb.toString());
    }

    private static boolean hasSecret(String query) {
        for (String pair : query.split("&")) {
            if (isSecret(pair)) {
                return true;
            }
        }
        return false;
    }

    private static String redactQuery(String query) {
        var sb = new StringBuilder();
        for (String pair : query.split("&")) {
            sb.append(sb.length() == 0 ? "" : "&");
            sb.append(isSecret(pair) ? pair.substring(0, pair.indexOf('=') + 1) + "***" : pair);
        }
        return sb.toString();
    }

    private static boolean isSecret(String pair) {
        int eq = pair.indexOf('=');
        if (eq < 0) {
            return false;
        }
        String name = pair.substring(0, eq).toLowerCase(Locale.ROOT);
        return switch (name) {
            case "sig", "signature", "token", "code", "access_token", "id_token", "refresh_token", "password",
                 "pat", "secret", "client_secret", "key", "apikey", "api_key", "x-amz-signature",
                 "x-goog-signature", "skoid", "sktid" -> true;
            default -> name.endsWith("token") && !name.equals("continuationtoken");
        };
    }
}
