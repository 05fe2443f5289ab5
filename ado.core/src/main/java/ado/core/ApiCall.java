package ado.core;

import ado.core.internal.http.HttpSyntax;
import ado.core.internal.http.PercentEscaper;
import ado.core.internal.http.UrlRules;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A scoped Azure DevOps URL: a client, a base URL, path segments and query parameters. Immutable and thread-safe;
 * every method returns a new call. Start from {@link AdoClient#api()} (the organisation) and narrow down:
 *
 * <pre>{@code
 * ApiCall refs = client.api().project("Fabrikam Fiber").apis("git", "repositories", repoId, "refs")
 *         .query("filter", "heads/");
 * List<GitRef> list = refs.get("7.1").asList(GitRef.class);
 * }</pre>
 *
 * <p>Each segment is percent-escaped on its own ({@code ?}, {@code #}, {@code /}, {@code %}, spaces and non-ASCII
 * are safe in names) while {@code $} stays literal, as ADO's {@code workitems/$Task} needs. A segment that a server
 * or proxy would resolve as a relative path ({@code .} or {@code ..}, also percent-encoded as {@code %2e} or
 * {@code %252e}, or between backslashes) is refused with an {@link IllegalArgumentException} naming the parameter,
 * so {@code project("..")} never reaches {@code /_apis}; so is a segment with a control character or one longer
 * than a whole URL. Query parameters keep
 * insertion order; those of the call come first, and per-request parameters replace them. The URL is checked when
 * the call is built: https (http only for loopback hosts) and at most 2048 characters without the query.
 */
public final class ApiCall {

    private final AdoClient client;
    private final URI base;
    private final String path;
    private final Map<String, String> query;
    private final String fixedQuery;

    /** {@code base} has passed {@link UrlRules#check}; only the growing path's length is checked here. */
    ApiCall(AdoClient client, URI base, String path, Map<String, String> query, String fixedQuery) {
        this.client = client;
        this.base = base;
        this.path = path;
        this.query = query;
        this.fixedQuery = fixedQuery;
        UrlRules.checkLength(base.toString().length() + path.length(), "url");
    }

    /** {@return the client that sends this call's requests} */
    public AdoClient client() {
        return client;
    }

    /**
     * {@return this call scoped to a project, by name or id}
     *
     * @param nameOrId the project's name or GUID
     * @throws IllegalArgumentException if {@code nameOrId} is blank
     */
    public ApiCall project(String nameOrId) {
        return append(List.of(segment(nameOrId, "project")));
    }

    /**
     * {@return this call scoped to a team (call it on a project scope)}
     *
     * @param name the team's name or GUID
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public ApiCall team(String name) {
        return append(List.of(segment(name, "team")));
    }

    /**
     * {@return this call with {@code segments} appended, each escaped on its own}
     *
     * @param segments the path segments, unescaped
     * @throws IllegalArgumentException if a segment is blank, {@code .} or {@code ..}
     */
    public ApiCall path(String... segments) {
        var list = new ArrayList<String>(segments.length);
        for (String s : segments) {
            list.add(segment(s, "segment"));
        }
        return append(list);
    }

    /**
     * {@return this call with {@code _apis} and then {@code segments} appended}
     *
     * @param segments the path segments after {@code _apis}, unescaped
     * @throws IllegalArgumentException if a segment is blank, {@code .} or {@code ..}
     */
    public ApiCall apis(String... segments) {
        var list = new ArrayList<String>(segments.length + 1);
        list.add("_apis");
        for (String s : segments) {
            list.add(segment(s, "segment"));
        }
        return append(list);
    }

    /**
     * {@return {@code _apis/git/repositories/{idOrName}} appended; call it on an organisation or project scope}
     *
     * @param idOrName the repository's GUID or name
     * @throws IllegalArgumentException if {@code idOrName} is blank
     */
    public ApiCall repository(String idOrName) {
        return apis("git", "repositories", segment(idOrName, "repository"));
    }

    /**
     * {@return {@code _apis/wit/workitems/{id}} appended; call it on an organisation or project scope}
     *
     * @param id the work item id
     */
    public ApiCall workItem(int id) {
        return apis("wit", "workitems", Integer.toString(id));
    }

    /**
     * {@return {@code _apis/build/builds/{id}} appended; call it on a project scope}
     *
     * @param id the build id
     */
    public ApiCall build(int id) {
        return apis("build", "builds", Integer.toString(id));
    }

    /**
     * {@return this call with a slash-separated path appended (such as a classification node path
     * {@code "Area/Sub Area"}): split on {@code /}, empty pieces dropped, each piece escaped}
     *
     * @param slashSeparated the path, such as {@code "Area/Sub Area"}
     * @throws IllegalArgumentException naming {@code path} if a piece is {@code .} or {@code ..}, so
     *                                  {@code "Team/../../Iterations"} cannot reach another node
     */
    public ApiCall pathOf(String slashSeparated) {
        return pathOf(slashSeparated, "path");
    }

    /**
     * {@return {@link #pathOf(String)} with errors naming the caller's parameter {@code name}}, such as
     * {@code parentPath}
     *
     * @param slashSeparated the path, such as {@code "Area/Sub Area"}
     * @param name the parameter name that error messages name
     * @throws IllegalArgumentException naming {@code name} if a piece is {@code .} or {@code ..}
     */
    public ApiCall pathOf(String slashSeparated, String name) {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(slashSeparated, name + " == null");
        var list = new ArrayList<String>();
        for (String piece : slashSeparated.split("/")) {
            if (!piece.isEmpty()) {
                list.add(checkSegment(piece, name));
            }
        }
        return append(list);
    }

    /**
     * {@return this call with query parameter {@code name} set to {@code value}}: {@code null} removes it, a
     * collection is joined with commas, anything else is {@link String#valueOf(Object)}
     *
     * @param name the parameter name, unescaped; not blank
     * @param value the value; {@code null} removes the parameter
     */
    public ApiCall query(String name, Object value) {
        return new ApiCall(client, base, path, withQuery(query, name, value), fixedQuery);
    }

    /**
     * {@return this call with every entry of {@code parameters} set as by {@link #query(String, Object)}, in the
     * map's iteration order}; the map is only read
     *
     * @param parameters the parameters to set; a {@code null} value removes one
     */
    public ApiCall query(Map<String, ?> parameters) {
        Objects.requireNonNull(parameters, "parameters == null");
        Map<String, String> result = query;
        for (Map.Entry<String, ?> e : parameters.entrySet()) {
            result = withQuery(result, e.getKey(), e.getValue());
        }
        return new ApiCall(client, base, path, result, fixedQuery);
    }

    /**
     * {@return a call on another URL (such as an artifact {@code downloadUrl}), sent by the same client}; a query
     * in {@code base} is kept verbatim, ahead of the call's own parameters
     *
     * @param base the URL the call's path segments are appended to
     * @throws IllegalArgumentException if {@code base} breaks the URL rules
     */
    public ApiCall host(URI base) {
        return client.host(base);
    }

    /** {@return the URL of this call with its query} */
    public URI uri() {
        return uri(query);
    }

    /**
     * {@return a GET of this call, for operation version {@code apiVersion} such as {@code 7.1}}
     *
     * @param apiVersion the {@code api-version}, such as {@code 7.1} or {@code 7.1-preview.1}
     */
    public ApiRequest get(String apiVersion) {
        return method("GET", apiVersion);
    }

    /**
     * {@return a POST of this call}
     *
     * @param apiVersion the {@code api-version}, such as {@code 7.1}
     */
    public ApiRequest post(String apiVersion) {
        return method("POST", apiVersion);
    }

    /**
     * {@return a PUT of this call}
     *
     * @param apiVersion the {@code api-version}, such as {@code 7.1}
     */
    public ApiRequest put(String apiVersion) {
        return method("PUT", apiVersion);
    }

    /**
     * {@return a PATCH of this call}
     *
     * @param apiVersion the {@code api-version}, such as {@code 7.1}
     */
    public ApiRequest patch(String apiVersion) {
        return method("PATCH", apiVersion);
    }

    /**
     * {@return a DELETE of this call}
     *
     * @param apiVersion the {@code api-version}, such as {@code 7.1}
     */
    public ApiRequest delete(String apiVersion) {
        return method("DELETE", apiVersion);
    }

    /**
     * {@return a HEAD of this call}
     *
     * @param apiVersion the {@code api-version}, such as {@code 7.1}
     */
    public ApiRequest head(String apiVersion) {
        return method("HEAD", apiVersion);
    }

    /**
     * {@return a request with any method, such as {@code OPTIONS}}
     *
     * @param method the HTTP method, such as {@code OPTIONS}
     * @param apiVersion the {@code api-version}, such as {@code 7.1}
     * @throws IllegalArgumentException if {@code method} or {@code apiVersion} is not an HTTP token (such as
     *                                  {@code 7.1-preview.2})
     */
    public ApiRequest method(String method, String apiVersion) {
        return new ApiRequest(this, HttpSyntax.token(method, "method"), HttpSyntax.token(apiVersion, "apiVersion"));
    }

    @Override
    public String toString() {
        return "ApiCall[" + UrlRules.redact(uri()) + "]";
    }

    Map<String, String> query() {
        return query;
    }

    URI uri(Map<String, String> parameters) {
        String baseText = base.toString();
        var sb = new StringBuilder(baseText.length() + path.length() + (fixedQuery == null ? 0 : fixedQuery.length())
                + 32 * (parameters.size() + 1)).append(baseText).append(path);
        String separator = "?";
        if (fixedQuery != null) {
            sb.append(separator).append(fixedQuery);
            separator = "&";
        }
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            sb.append(separator).append(PercentEscaper.query(e.getKey())).append('=')
                    .append(PercentEscaper.query(e.getValue()));
            separator = "&";
        }
        return URI.create(sb.toString());
    }

    private ApiCall append(List<String> segments) {
        var sb = new StringBuilder(path);
        segments.forEach(s -> sb.append('/').append(PercentEscaper.segment(s)));
        return new ApiCall(client, base, sb.toString(), query, fixedQuery);
    }

    /** {@return {@code value}} after checking it is a usable path segment: not blank, not a dot segment */
    private static String segment(String value, String field) {
        return checkSegment(requireNonBlank(value, field), field);
    }

    /**
     * {@return {@code value}} after checking it can be one path segment as {@link #path} takes it: not blank and not
     * {@code .} or {@code ..} (also percent-encoded); for endpoint methods that want errors to name their own
     * parameter, such as {@code nameOrId}
     *
     * @param value the segment to check
     * @param name the caller's parameter name, for error messages
     * @throws NullPointerException     naming {@code name} if {@code value} is null
     * @throws IllegalArgumentException naming {@code name} if {@code value} is blank or a dot segment
     */
    public static String requireSegment(String value, String name) {
        return segment(value, Objects.requireNonNull(name, "name == null"));
    }

    private static String checkSegment(String value, String field) {
        if (value.length() > UrlRules.MAX_LENGTH) {
            throw new IllegalArgumentException(field + " is " + value.length() + " characters long; a URL holds at"
                    + " most " + UrlRules.MAX_LENGTH);
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException(field + " must not contain control characters (CR, LF, NUL, ...):"
                        + " one at index " + i);
            }
        }
        if (isDotSegment(value)) {
            throw new IllegalArgumentException(field + " must not be '.' or '..' (also percent-encoded): a server"
                    + " or proxy would resolve it as a relative path: '" + value + "'");
        }
        return value;
    }

    /**
     * Whether a server or proxy could take {@code segment} for {@code .} or {@code ..}: after up to three rounds of
     * percent-decoding {@code %2e} and {@code %25}, the whole segment, or a piece between backslashes (which IIS
     * treats as slashes, also as {@code %5c}), is one or two dots, surrounding whitespace ignored.
     */
    static boolean isDotSegment(String segment) {
        String s = segment;
        for (int round = 0; round < 4; round++) {
            for (String piece : s.split("\\\\", -1)) {
                String p = piece.strip();
                if (p.equals(".") || p.equals("..")) {
                    return true;
                }
            }
            String decoded = s.replaceAll("(?i)%2e", ".").replaceAll("(?i)%5c", "\\\\").replaceAll("%25", "%");
            if (decoded.equals(s)) {
                return false;
            }
            s = decoded;
        }
        return false;
    }

    static Map<String, String> withQuery(Map<String, String> query, String name, Object value) {
        requireNonBlank(name, "name");
        var copy = new LinkedHashMap<>(query);
        if (value == null) {
            copy.remove(name);
        } else {
            copy.put(name, value instanceof Collection<?> c
                    ? c.stream().map(String::valueOf).collect(Collectors.joining(","))
                    : String.valueOf(value));
        }
        return Collections.unmodifiableMap(copy);
    }

    static String requireNonBlank(String value, String field) {
        Objects.requireNonNull(value, field + " == null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }
}
