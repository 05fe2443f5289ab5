package ado.core.internal.http;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * One request as ado.core sends it, before authentication and the standard headers are added.
 *
 * @param method     the HTTP method
 * @param uri        the URL, already validated
 * @param headers    extra headers in order (Accept among them)
 * @param body       the body
 * @param expectJson whether a JSON response is expected (an HTML success response then means a sign-in page)
 * @param resendSafe whether the caller declared that sending the request twice does no harm (a write is then
 *                   retried like a GET)
 * @param control    the call's time limit and correlation id
 */
public record RequestSpec(String method, URI uri, Map<String, String> headers, RequestBody body,
                          boolean expectJson, boolean resendSafe, CallControl control) {

    /** A request that is resent only as its method allows. */
    public RequestSpec(String method, URI uri, Map<String, String> headers, RequestBody body, boolean expectJson) {
        this(method, uri, headers, body, expectJson, false);
    }

    /** A request under the client's default time limits, without a correlation id. */
    public RequestSpec(String method, URI uri, Map<String, String> headers, RequestBody body, boolean expectJson,
                       boolean resendSafe) {
        this(method, uri, headers, body, expectJson, resendSafe, CallControl.DEFAULT);
    }

    /** Copies the headers. */
    public RequestSpec {
        Objects.requireNonNull(method, "method == null");
        Objects.requireNonNull(uri, "uri == null");
        Objects.requireNonNull(body, "body == null");
        Objects.requireNonNull(control, "control == null");
        headers = Map.copyOf(headers);
    }

    /** {@return this request with {@code body} instead of its own} */
    public RequestSpec withBody(RequestBody body) {
        return new RequestSpec(method, uri, headers, body, expectJson, resendSafe, control);
    }

    /** {@return this request with {@code headers} instead of its own} */
    public RequestSpec withHeaders(Map<String, String> headers) {
        return new RequestSpec(method, uri, headers, body, expectJson, resendSafe, control);
    }
}
