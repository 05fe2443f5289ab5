package ado.core.internal.http;

import ado.core.error.AdoTransportException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Sends one attempt of a request and follows redirects itself (the JDK client would forward the
 * {@code Authorization} header to any host). The rules, checked on every hop:
 * <ul>
 *   <li>the target passes the URL rules of request URLs ({@link UrlRules#check}: https, http only for loopback
 *       hosts, no user info), and an https hop is never followed to http, not even on loopback;
 *   <li>{@code Authorization} and the request's custom headers (everything but the standard headers and
 *       {@code Accept}) go only to the request's own origin (scheme, host and port): a hop to another origin drops
 *       them for the rest of the chain;
 *   <li>301, 302 and 303 turn a non-GET into a GET without body, as browsers do; 307 and 308 keep method and body,
 *       but a body is never carried to another origin: such a redirect is refused.
 * </ul>
 * A refused redirect is an {@link AdoTransportException} naming the method, the request URL (redacted) and both
 * origins; nothing is sent to the refused target.
 */
final class Redirects {

    /** The most redirects followed for one request. */
    static final int MAX_HOPS = 10;

    private final HttpClient http;
    private final Watchdog watchdog = new Watchdog();
    private final Map<String, String> standardHeaders;
    private final Function<URI, Optional<String>> authorization;
    private final WireOptions wire;

    Redirects(HttpClient http, Map<String, String> standardHeaders,
              Function<URI, Optional<String>> authorization, WireOptions wire) {
        this.http = http;
        this.standardHeaders = standardHeaders;
        this.authorization = authorization;
        this.wire = wire;
    }

    /**
     * Sends {@code spec}, following redirects; {@code inMemory} says the caller reads the body into memory anyway,
     * so the JDK client may buffer a body of announced length itself ({@link InMemoryBody}). Every hop, and a
     * body the JDK buffers, must be done by {@code deadline} ({@link TimedSend}).
     */
    HttpResponse<InputStream> send(RequestSpec spec, boolean inMemory, Deadline deadline)
            throws IOException, InterruptedException {
        URI origin = spec.uri();
        URI uri = origin;
        String method = spec.method();
        RequestBody body = spec.body();
        Optional<String> auth = authorization.apply(origin);
        boolean foreign = false;
        for (int hop = 0; ; hop++) {
            HttpResponse<InputStream> response = TimedSend.send(http, watchdog, request(spec, uri, method, body, auth,
                    foreign, deadline), inMemory, deadline, () -> Transport.describe(spec));
            Optional<String> location = response.headers().firstValue("Location");
            if (!isRedirect(response.statusCode()) || location.isEmpty()) {
                return response;
            }
            discard(response);
            if (hop == MAX_HOPS) {
                throw new AdoTransportException("More than " + MAX_HOPS + " redirects for " + spec.method() + ' '
                        + UrlRules.redact(spec.uri()), null);
            }
            URI next = resolve(uri, location.get(), spec);
            if (uri.getScheme().equalsIgnoreCase("https") && !next.getScheme().equalsIgnoreCase("https")) {
                throw refused(spec, uri, next, response.statusCode(), "it would downgrade https to http");
            }
            if (response.statusCode() <= 303 && !method.equals("GET") && !method.equals("HEAD")) {
                method = "GET";
                body = RequestBody.NONE;
            }
            if (!UrlRules.sameOrigin(origin, next)) {
                if (body != RequestBody.NONE) {
                    throw refused(spec, uri, next, response.statusCode(), "a " + response.statusCode()
                            + " would resend the request body to another origin");
                }
                auth = Optional.empty();
                foreign = true;
            }
            uri = next;
        }
    }

    private static URI resolve(URI current, String location, RequestSpec spec) {
        URI next;
        try {
            next = current.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new AdoTransportException("Invalid redirect Location for " + spec.method() + ' '
                    + UrlRules.redact(spec.uri()) + ": not a URL", null);
        }
        if (next.getScheme() == null || next.getHost() == null
                || !(next.getScheme().equalsIgnoreCase("https") || next.getScheme().equalsIgnoreCase("http"))) {
            throw new AdoTransportException("Invalid redirect Location for " + spec.method() + ' '
                    + UrlRules.redact(spec.uri()) + ": not an http(s) URL with a host", null);
        }
        if (next.getRawUserInfo() != null) {
            throw refused(spec, current, next, 0, "the target has user info");
        }
        try {
            UrlRules.check(next, "redirect target");
        } catch (IllegalArgumentException e) {
            throw refused(spec, current, next, 0, "the target breaks the URL rules (https, http only from a"
                    + " loopback host to a loopback host, at most " + UrlRules.MAX_LENGTH + " characters)");
        }
        return next;
    }

    private static AdoTransportException refused(RequestSpec spec, URI from, URI to, int status, String reason) {
        return new AdoTransportException("Refused to follow the redirect" + (status == 0 ? "" : " (" + status + ")")
                + " of " + spec.method() + ' ' + UrlRules.redact(spec.uri()) + " from " + UrlRules.origin(from)
                + " to " + UrlRules.origin(to) + ": " + reason, null);
    }

    /**
     * Builds one hop. {@code foreign}: the chain has left the request's origin, so only the standard headers and
     * {@code Accept} are sent (never {@code Authorization} or the caller's custom headers).
     */
    private HttpRequest request(RequestSpec spec, URI uri, String method, RequestBody body, Optional<String> auth,
                                boolean foreign, Deadline deadline) {
        Duration left = deadline.remaining();
        var builder = HttpRequest.newBuilder(uri).timeout(left.isZero() ? Duration.ofMillis(1) : left)
                .method(method, body.publisher().get());
        standardHeaders.forEach(builder::setHeader);
        wire.apply(builder, uri);
        spec.headers().forEach((name, value) -> {
            if (!foreign || name.equalsIgnoreCase("Accept")) {
                builder.setHeader(name, value);
            }
        });
        if (body.contentType() != null) {
            builder.setHeader("Content-Type", body.contentType());
        }
        auth.ifPresent(value -> builder.setHeader("Authorization", value));
        return builder.build();
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** Reads a small body to the end so the connection can be reused, then closes it. */
    static void discard(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int n; total < ErrorMapper.MAX_BODY && (n = in.read(buffer)) >= 0; ) {
                total += n;
            }
        } catch (IOException e) {
            // the connection is dropped instead of reused; nothing else depends on this body
        }
    }
}
