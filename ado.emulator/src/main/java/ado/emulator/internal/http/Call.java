package ado.emulator.internal.http;

import ado.core.error.AdoJsonException;
import ado.core.json.JsonValue;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One request as routes see it: the method, the path variables of the matched route, the decoded query (names
 * matched case-insensitively, as ADO does), the Accept header, the body and the organisation's base URL.
 */
public final class Call {

    private final String method;
    private final URI base;
    private final Map<String, String> query;
    private final Map<String, String> vars;
    private final String accept;
    private final byte[] body;
    private final Map<String, String> headers;

    Call(String method, URI base, Map<String, String> query, Map<String, String> vars, String accept, byte[] body) {
        this(method, base, query, vars, accept, body, Map.of());
    }

    Call(String method, URI base, Map<String, String> query, Map<String, String> vars, String accept, byte[] body,
         Map<String, String> headers) {
        var h = new TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(headers);
        this.headers = h;
        this.method = method;
        this.base = base;
        var q = new TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
        q.putAll(query);
        this.query = q;
        this.vars = Map.copyOf(vars);
        this.accept = accept == null ? "" : accept;
        this.body = body;
    }

    /** {@return the HTTP method, in upper case} */
    public String method() {
        return method;
    }

    /** {@return the organisation URL, {@code http://127.0.0.1:port/org}} */
    public URI base() {
        return base;
    }

    /** {@return path variable {@code name} of the matched route} */
    public String var(String name) {
        return Objects.requireNonNull(vars.get(name), () -> "no path variable " + name);
    }

    /** {@return path variable {@code name}, if the route has it} */
    public Optional<String> optionalVar(String name) {
        return Optional.ofNullable(vars.get(name));
    }

    /** {@return query parameter {@code name}, if present and not blank} */
    public Optional<String> query(String name) {
        String v = query.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    /** {@return the first present of the given query parameters} */
    public Optional<String> query(String... names) {
        for (String n : names) {
            Optional<String> v = query(n);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    /** {@return a non-negative integer query parameter, {@code fallback} when absent; 400 when not a number} */
    public int intQuery(int fallback, String... names) {
        Optional<String> v = query(names);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.get().strip());
            if (n < 0) {
                throw AdoError.badRequest("The value of parameter " + names[0] + " must not be negative.");
            }
            return n;
        } catch (NumberFormatException e) {
            throw AdoError.badRequest("The value '" + v.get() + "' is not valid for " + names[0] + ".");
        }
    }

    /** {@return whether boolean query parameter {@code name} is {@code true}} */
    public boolean flag(String name) {
        return query(name).map(v -> v.equalsIgnoreCase("true")).orElse(false);
    }

    /** {@return the first value of request header {@code name} (matched case-insensitively)} */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    /** {@return the Accept header, or "" when absent} */
    public String accept() {
        return accept;
    }

    /** {@return the raw request body (empty when none); a copy} */
    public byte[] bytes() {
        return body.clone();
    }

    /**
     * {@return the body parsed as JSON; 400 with ADO's reader error when invalid, and ADO's "value cannot be null"
     * when absent or the JSON {@code null}}
     */
    public JsonValue json() {
        return optionalJson().orElseThrow(() -> AdoError.missingArgument("body"));
    }

    /**
     * {@return the body parsed as JSON, empty when there is none or it is the JSON {@code null} (which ADO reads as
     * no body, as Microsoft's clients send an absent optional body); 400 when invalid}
     */
    public Optional<JsonValue> optionalJson() {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return Optional.empty();
        }
        JsonValue v;
        try {
            v = JsonValue.parse(text);
        } catch (AdoJsonException e) {
            throw AdoError.badJson("Unexpected character encountered while parsing value: " + e.getMessage());
        }
        return v instanceof ado.core.json.JsonNull ? Optional.empty() : Optional.of(v);
    }

    /** Splits a raw query into decoded parameters; the first of repeated names wins. */
    static Map<String, String> parseQuery(String raw) {
        var out = new TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.putIfAbsent(name, value);
        }
        return out;
    }

    static String decode(String s) {
        return java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    static List<String> segments(String rawPath) {
        return java.util.Arrays.stream(rawPath.split("/")).filter(s -> !s.isEmpty()).map(Call::decode).toList();
    }
}
