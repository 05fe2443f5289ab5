package ado.oop;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Web and REST URLs of objects: forming an object's web URL, and splitting a URL given by a user into what follows
 * the organisation (decoded path segments and query parameters), after checking that it belongs to the service's
 * organisation. {@code https://dev.azure.com/{org}}, {@code https://{org}.visualstudio.com} and
 * {@code https://{org}.visualstudio.com/DefaultCollection} are one organisation. Stateless.
 */
final class ObjectUrls {

    private static final String CLOUD = "dev.azure.com";
    private static final String LEGACY = ".visualstudio.com";
    private static final Pattern USER_INFO = Pattern.compile("(?<=//)[^/?#@]*@");

    /** What a URL says after its organisation. */
    record Parts(String url, String expected, List<String> segments, Map<String, String> query) {

        /** {@return the project segment (a name or id), if the path starts with one; names never start with _} */
        Optional<String> project() {
            return segments.isEmpty() || segments.get(0).startsWith("_") ? Optional.empty()
                    : Optional.of(segments.get(0));
        }

        /** {@return the segments after the project, if any} */
        List<String> rest() {
            return project().isPresent() ? segments.subList(1, segments.size()) : segments;
        }

        /** {@return whether the segments after the project start with {@code words} (case-insensitively)} */
        boolean startsWith(String... words) {
            List<String> rest = rest();
            if (rest.size() < words.length) {
                return false;
            }
            for (int i = 0; i < words.length; i++) {
                if (words[i] != null && !rest.get(i).equalsIgnoreCase(words[i])) {
                    return false;
                }
            }
            return true;
        }

        /** {@return segment {@code index} after the project as a positive id, else the error naming it} */
        int id(int index, String what) {
            return positive(rest().get(index), what);
        }

        int positive(String value, String what) {
            try {
                int id = Integer.parseInt(value);
                if (id > 0) {
                    return id;
                }
            } catch (NumberFormatException e) {
                // falls through to the error
            }
            throw invalid(url, expected, "its " + what + " '" + value + "' is not a positive integer");
        }

        IllegalArgumentException unknownShape() {
            return invalid(url, expected, "its path " + String.join("/", segments) + " is not of that shape");
        }

        IllegalArgumentException needsProject() {
            return invalid(url, expected, "it names no project");
        }
    }

    private ObjectUrls() {
    }

    /**
     * {@return {@code url} split after the organisation {@code organization}}
     *
     * @param organization the service's organisation URL
     * @param url          the URL as the user gave it (percent-encoded or not)
     * @param expected     what the caller expects, with examples, for messages
     * @throws IllegalArgumentException naming the URL (without user info) and {@code expected} if it is malformed or
     *                                  of another host or organisation
     */
    static Parts parse(URI organization, String url, String expected) {
        java.util.Objects.requireNonNull(url, "url == null");
        URI uri;
        try {
            uri = new URI(escapeIllegal(url.strip()));
        } catch (URISyntaxException e) {
            throw invalid(url, expected, "it is malformed (" + e.getReason() + ")");
        }
        if (uri.getScheme() == null || uri.getHost() == null || !uri.isAbsolute()
                || !(uri.getScheme().equalsIgnoreCase("https") || uri.getScheme().equalsIgnoreCase("http"))) {
            throw invalid(url, expected, "it is not an absolute http(s) URL with a host");
        }
        List<String> segments = decodedSegments(uri.getRawPath(), url, expected);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = port(uri);
        for (Prefix prefix : prefixes(organization)) {
            if (prefix.host.equals(host) && prefix.port == port && startsWithIgnoreCase(segments, prefix.path)) {
                return new Parts(url, expected, List.copyOf(segments.subList(prefix.path.size(), segments.size())),
                        query(uri.getRawQuery(), url, expected));
            }
        }
        throw invalid(url, expected, "it is not a URL of organisation " + organization);
    }

    /** {@return the web URL of {@code repository}: the organisation, project and {@code _git/{name}}} */
    static URI web(Repository repository) {
        return URI.create(projectWeb(repository.project()) + "/_git/" + escape(repository.name()));
    }

    /** {@return the web URL of {@code pullRequest}: its repository's and {@code /pullrequest/{id}}} */
    static URI web(PullRequest pullRequest) {
        return URI.create(web(pullRequest.repository()) + "/pullrequest/" + pullRequest.id());
    }

    /** {@return the web URL of {@code workItem}: its project's and {@code /_workitems/edit/{id}}} */
    static URI web(WorkItem workItem) {
        return URI.create(projectWeb(workItem.project()) + "/_workitems/edit/" + workItem.id());
    }

    /** {@return the web URL of {@code build}: its project's and {@code /_build/results?buildId={id}}} */
    static URI web(Build build) {
        return URI.create(projectWeb(build.project()) + "/_build/results?buildId=" + build.id());
    }

    /** The project by the name it was reached by or loaded with, else its id (ADO's web pages take either). */
    private static String projectWeb(Project project) {
        String base = project.organization().service().client().organization().toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/" + escape(project.label());
    }

    /** {@return {@code value} percent-encoded as UTF-8, all but the unreserved characters of RFC 3986} */
    static String escape(String value) {
        var sb = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                sb.append(c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    private record Prefix(String host, int port, List<String> path) {
    }

    /** {@return where the organisation's URLs start: its own URL, and the other cloud form of a cloud one} */
    private static List<Prefix> prefixes(URI organization) {
        String host = organization.getHost().toLowerCase(Locale.ROOT);
        List<String> path = new ArrayList<>();
        for (String s : organization.getRawPath() == null ? new String[0] : organization.getRawPath().split("/")) {
            if (!s.isEmpty()) {
                path.add(decode(s));
            }
        }
        var out = new ArrayList<Prefix>();
        out.add(new Prefix(host, port(organization), path));
        String name = host.equals(CLOUD) && path.size() == 1 ? path.get(0).toLowerCase(Locale.ROOT)
                : host.endsWith(LEGACY) && path.isEmpty() ? host.substring(0, host.length() - LEGACY.length()) : null;
        if (name != null) {
            out.add(new Prefix(CLOUD, 443, List.of(name)));
            out.add(new Prefix(name + LEGACY, 443, List.of("DefaultCollection")));
            out.add(new Prefix(name + LEGACY, 443, List.of()));
        }
        // the longest first: {org}.visualstudio.com/DefaultCollection before {org}.visualstudio.com
        out.sort(java.util.Comparator.comparingInt((Prefix p) -> p.path.size()).reversed());
        return out;
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("http") ? 80 : 443;
    }

    private static boolean startsWithIgnoreCase(List<String> segments, List<String> prefix) {
        if (segments.size() < prefix.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (!segments.get(i).equalsIgnoreCase(prefix.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> decodedSegments(String rawPath, String url, String expected) {
        var out = new ArrayList<String>();
        if (rawPath != null) {
            for (String s : rawPath.split("/")) {
                if (!s.isEmpty()) {
                    try {
                        out.add(decode(s));
                    } catch (IllegalArgumentException e) {
                        throw invalid(url, expected, "it is malformed (" + e.getMessage() + ")");
                    }
                }
            }
        }
        return out;
    }

    private static Map<String, String> query(String rawQuery, String url, String expected) {
        var out = new LinkedHashMap<String, String>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                try {
                    String name = decode((eq < 0 ? pair : pair.substring(0, eq)).replace('+', ' '));
                    String value = eq < 0 ? "" : decode(pair.substring(eq + 1).replace('+', ' '));
                    out.putIfAbsent(name.toLowerCase(Locale.ROOT), value);
                } catch (IllegalArgumentException e) {
                    throw invalid(url, expected, "it is malformed (" + e.getMessage() + ")");
                }
            }
        }
        return out;
    }

    /** {@return {@code s} percent-decoded as UTF-8} else an {@link IllegalArgumentException} saying why */
    private static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        var bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '%') {
                int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                int lo = hi < 0 ? -1 : Character.digit(s.charAt(i + 2), 16);
                if (lo < 0) {
                    throw new IllegalArgumentException("a % not followed by two hexadecimal digits");
                }
                bytes.write(hi << 4 | lo);
                i += 3;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
                i++;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("percent-encoded bytes that are not UTF-8");
        }
    }

    /**
     * {@return {@code url} with the characters a URL may not hold literally (spaces, non-ASCII, {@code "<>\^`{|}})
     * percent-encoded as UTF-8}, so that a URL copied unencoded from a page parses; {@code %} stays as it is
     */
    private static String escapeIllegal(String url) {
        var sb = new StringBuilder();
        for (int i = 0; i < url.length(); ) {
            int cp = url.codePointAt(i);
            if (cp <= 0x20 || cp >= 0x7f || "\"<>\\^`{|}".indexOf(cp) >= 0) {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format("%02X", b & 0xff));
                }
            } else {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    static IllegalArgumentException invalid(String url, String expected, String reason) {
        String shown = USER_INFO.matcher(url).replaceFirst("").replaceAll("\\p{Cntrl}", "?");
        if (shown.length() > 300) {
            shown = shown.substring(0, 300) + "...";
        }
        return new IllegalArgumentException("url '" + shown + "' is not " + expected + ": " + reason);
    }
}
