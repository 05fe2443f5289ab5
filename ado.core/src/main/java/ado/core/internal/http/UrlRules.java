package ado.core.internal.http;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
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

    /** {@return {@code scheme://host:port} of {@code uri}, with the default port filled in; never user info} */
    public static String origin(URI uri) {
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ':'
                + port(uri);
    }

    /**
     * {@return {@code uri} safe to show}: user info and fragment removed and the values of secret-bearing query
     * parameters replaced by {@code ***}. A parameter is secret when its name (percent-decoded, lower case, with
     * {@code -} and {@code _} removed) is one of {@value #SECRET_NAMES_DOC}, or ends with {@code token} (except
     * {@code continuationtoken}), {@code secret}, {@code signature}, {@code password} or {@code key}. SAS
     * parameters that are not secret ({@code sv}, {@code se}, {@code sp}, {@code sr}) are kept: they say which
     * access was granted and until when.
     */
    public static URI redact(URI uri) {
        String query = uri.getRawQuery();
        if (uri.getRawUserInfo() == null && uri.getRawFragment() == null && (query == null || !hasSecret(query))) {
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

    /** The names listed in {@link #redact}'s documentation. */
    static final String SECRET_NAMES_DOC = "sig, signature, sharedaccesssignature, sas, token, accesstoken, code, "
            + "password, passwd, pwd, pat, secret, clientsecret, clientassertion, assertion, key, apikey, "
            + "subscriptionkey, credential, auth, authorization, session, skoid, sktid, xamzsignature, "
            + "xgoogsignature";
    private static final Set<String> SECRET_NAMES = Set.of(SECRET_NAMES_DOC.split(", "));

    /**
     * {@return whether a query parameter or header called {@code name} carries a secret}; see {@link #redact}
     */
    public static boolean isSecretName(String name) {
        String n = decode(name).toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return SECRET_NAMES.contains(n) || n.endsWith("token") && !n.equals("continuationtoken")
                || n.endsWith("secret") || n.endsWith("signature") || n.endsWith("password") || n.endsWith("key");
    }

    private static boolean isSecret(String pair) {
        int eq = pair.indexOf('=');
        return eq >= 0 && isSecretName(pair.substring(0, eq));
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw;
        }
    }
}
