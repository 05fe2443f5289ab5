package ado.core.internal.http;

import ado.core.RateLimit;
import java.net.URI;
import java.net.http.HttpHeaders;

/**
 * A successful exchange: the final response's status, headers and URL, and the read body.
 *
 * @param status    the HTTP status
 * @param headers   the response headers
 * @param uri       the URL that answered (after redirects)
 * @param rateLimit the rate-limit headers
 * @param body      what the {@link BodyReader} made of the body
 * @param <R>       the body type
 */
public record Exchange<R>(int status, HttpHeaders headers, URI uri, RateLimit rateLimit, R body) {
}
