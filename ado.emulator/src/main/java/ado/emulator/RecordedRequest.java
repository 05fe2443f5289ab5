package ado.emulator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request the emulator received: method, raw path and query, headers (names in lower case; the
 * {@code Authorization} value reduced to its scheme) and body. Immutable: the body is copied in and out.
 *
 * @param method  the method, such as {@code GET}
 * @param path    the raw path, such as {@code /fabrikam/_apis/projects}
 * @param query   the raw query, or {@code null} when there was none
 * @param headers the headers by lower-case name
 * @param body    the body, empty when there was none
 */
public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers,
                              byte[] body) {

    /**
     * Copies the headers and body.
     *
     * @param method the method, in upper case
     * @param path the raw path
     * @param query the raw query, or {@code null}
     * @param headers the headers; copied
     * @param body the body, empty when there was none; copied
     */
    public RecordedRequest {
        Objects.requireNonNull(method, "method == null");
        Objects.requireNonNull(path, "path == null");
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    /**
     * {@return the first value of header {@code name} (any case)}
     *
     * @param name the header's name, in any case
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** {@return the body as UTF-8 text} */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** {@return a copy of the body} */
    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return method + " " + path + (query == null ? "" : "?" + query);
    }
}
