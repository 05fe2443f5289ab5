package ado.core;

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
 * {@snippet :
 * ApiCall refs = client.api().project("Fabrikam Fiber").apis("git", "repositories", repoId, "refs")
 *         .query("filter", "heads/");
 * List<GitRef> list = refs.get("7.1").asList(GitRef.class);
 * }
 *
 * <p>Each segment is percent-escaped on its own ({@code ?}, {@code #}, {@code /}, {@code %}, spaces and non-ASCII
 * are safe in names) while {@code $} stays literal, as ADO's {@code workitems/$Task} needs. Query parameters keep
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
     * @throws IllegalArgumentException if {@code nameOrId} is blank
     */
    public ApiCall project(String nameOrId) {
        return append(List.of(requireNonBlank(nameOrId, "project")));
    }

    /**
     * {@return this call scoped to a team (call it on a project scope)}
     *
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public ApiCall team(String name) {
        return append(List.of(requireNonBlank(name, "team")));
    }

    /**
     * {@return this call with {@code segments} appended, each escaped on its own}
     *
     * @throws IllegalArgumentException if a segment is blank
     */
    public ApiCall path(String... segments) {
        var list = new ArrayList<String>(segments.length);
        for (String s : segments) {
            list.add(requireNonBlank(s, "segment"));
        }
        return append(list);
    }

    /** {@return this call with {@code _apis} and then {@code segments} appended} */
    public ApiCall apis(String... segments) {
        var list = new ArrayList<String>(segments.length + 1);
        list.add("_apis");
        for (String s : segments) {
            list.add(requireNonBlank(s, "segment"));
        }
        return append(list);
    }

    /**
     * {@return {@code _apis/git/repositories/{idOrName}} appended; call it on an organisation or project scope}
     *
     * @throws IllegalArgumentException if {@code idOrName} is blank
     */
    public ApiCall repository(String idOrName) {
        return apis("git", "repositories", requireNonBlank(idOrName, "repository"));
    }

    /** {@return {@code _apis/wit/workitems/{id}} appended; call it on an organisation or project scope} */
    public ApiCall workItem(int id) {
        return apis("wit", "workitems", Integer.toString(id));
    }

    /** {@return {@code _apis/build/builds/{id}} appended; call it on a project scope} */
    public ApiCall build(int id) {
        return apis("build", "builds", Integer.toString(id));
    }

    /**
     * {@return this call with a slash-separated path appended (such as a classification node path
     * {@code "Area/Sub Area"}): split on {@code /}, empty pieces dropped, each piece escaped}
     */
    public ApiCall pathOf(String slashSeparated) {
        Objects.requireNonNull(slashSeparated, "path == null");
        var list = new ArrayList<String>();
        for (String piece : slashSeparated.split("/")) {
            if (!piece.isEmpty()) {
                list.add(piece);
            }
        }
        return append(list);
    }

    /**
     * {@return this call with query parameter {@code name} set to {@code value}}: {@code null} removes it, a
     * collection is joined with commas, anything else is {@link String#valueOf(Object)}
     */
    public ApiCall query(String name, Object value) {
        return new ApiCall(client, base, path, withQuery(query, name, value), fixedQuery);
    }

    /**
     * {@return this call with every entry of {@code parameters} set as by {@link #query(String, Object)}, in the
     * map's iteration order}; the map is only read
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
     * @throws IllegalArgumentException if {@code base} breaks the URL rules
     */
    public ApiCall host(URI base) {
        return client.host(base);
    }

    /** {@return the URL of this call with its query} */
    public URI uri() {
        return uri(query);
    }

    /** {@return a GET of this call, for operation version {@code apiVersion} such as {@code 7.1}} */
    public ApiRequest get(String apiVersion) {
        return method("GET", apiVersion);
    }

    /** {@return a POST of this call} */
    public ApiRequest post(String apiVersion) {
        return method("POST", apiVersion);
    }

    /** {@return a PUT of this call} */
    public ApiRequest put(String apiVersion) {
        return method("PUT", apiVersion);
    }

    /** {@return a PATCH of this call} */
    public ApiRequest patch(String apiVersion) {
        return method("PATCH", apiVersion);
    }

    /** {@return a DELETE of this call} */
    public ApiRequest delete(String apiVersion) {
        return method("DELETE", apiVersion);
    }

    /** {@return a HEAD of this call} */
    public ApiRequest head(String apiVersion) {
        return method("HEAD", apiVersion);
    }

    /** {@return a request with any method, such as {@code OPTIONS}} */
    public ApiRequest method(String method, String apiVersion) {
        return new ApiRequest(this, requireNonBlank(method, "method"), requireNonBlank(apiVersion, "apiVersion"));
    }

    @Override
    public String toString() {
        return "ApiCall[" + UrlRules.redact(uri()) + "]";
    }

    Map<String, String> query() {
        return query;
    }

    URI uri(Map<String, String> parameters) {
        var sb = new StringBuilder().append(base).append(path);
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
