package ado.core;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Objects;
import java.util.Optional;

/**
 * A successful response: status, headers (ETag among them), rate-limit headers and the decoded body. Immutable
 * as far as its body is (records, lists and {@link ado.core.json.JsonValue} trees from the codecs are).
 *
 * @param status    the HTTP status, 2xx
 * @param uri       the URL that answered, after redirects
 * @param headers   the response headers (names match case-insensitively)
 * @param rateLimit the rate-limit headers
 * @param body      the decoded body; {@code null} when the response had none (204, HEAD)
 * @param <T>       the body type
 */
public record AdoResponse<T>(int status, URI uri, HttpHeaders headers, RateLimit rateLimit, T body) {

    /**
     * Checks the required fields.
     *
     * @param status the HTTP status
     * @param uri the URL that answered
     * @param headers the response headers
     * @param rateLimit the rate-limit headers; {@link RateLimit#NONE} when there were none
     * @param body the decoded body, or {@code null}
     */
    public AdoResponse {
        Objects.requireNonNull(uri, "uri == null");
        Objects.requireNonNull(headers, "headers == null");
        Objects.requireNonNull(rateLimit, "rateLimit == null");
    }

    /**
     * {@return the first value of header {@code name}, matched case-insensitively}
     *
     * @param name the header name, in any case
     */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** {@return the {@code ETag} header, as sent (quotes included)} */
    public Optional<String> etag() {
        return headers.firstValue("ETag");
    }

    /** {@return the {@code x-ms-continuationtoken} header: present when there are more results} */
    public Optional<String> continuationToken() {
        return headers.firstValue("x-ms-continuationtoken").filter(t -> !t.isBlank());
    }

    /** {@return the {@code ActivityId} header, which identifies the request to Microsoft support} */
    public Optional<String> activityId() {
        return headers.firstValue("ActivityId");
    }
}
