package ado.emulator.internal.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The emulator's single HTTP handler: adds the configured latency, records the request, injects faults, checks
 * credentials and api-version, routes, serves byte ranges of downloads ({@link Ranges}), and writes the reply with
 * an {@code ActivityId} header.
 *
 * <p>Paths below {@code /{org}/} go to the organisation router; any other path goes to the root router (the
 * profile host's {@code /_apis/profile/...}). Connection drops are made by throwing out of the handler, which makes
 * {@code jdk.httpserver} close the connection without a response.
 */
public final class Dispatcher implements HttpHandler {

    private static final System.Logger LOG = System.getLogger("ado.emulator");
    /** The {@code Keep-Alive} hint on every answer: the idle time after which the server closes a connection. */
    private static final String KEEP_ALIVE = "timeout=" + ServerDefaults.idleSeconds(System.getProperties());

    private final Settings settings;
    private final Authenticator auth;
    private final Router orgRouter;
    private final Router rootRouter;
    private final FaultSource faults;
    private final Recorder recorder;
    private volatile URI base;
    private volatile boolean fixedBase;
    private volatile Conformance conformance = Conformance.NONE;

    /** Creates the dispatcher. */
    public Dispatcher(Settings settings, Router orgRouter, Router rootRouter, FaultSource faults, Recorder recorder) {
        this.settings = settings;
        this.auth = new Authenticator(settings);
        this.orgRouter = orgRouter;
        this.rootRouter = rootRouter;
        this.faults = faults;
        this.recorder = recorder;
    }

    /** Sets the organisation URL once the server's port is known; links follow the host each request names. */
    public void base(URI base) {
        base(base, false);
    }

    /**
     * Sets the organisation URL once the server's port is known. Unless {@code fixed}, links in answers use the
     * scheme of this listener and the host (and port) the client connected to, from its {@code Host} header;
     * when {@code fixed}, they always use {@code base} (a public URL in front of the emulator).
     */
    public void base(URI base, boolean fixed) {
        this.base = base;
        this.fixedBase = fixed;
    }

    private URI requestBase(HttpExchange exchange) {
        URI canonical = base;
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (fixedBase || host == null || host.isBlank()) {
            return canonical;
        }
        try {
            URI seen = new URI(canonical.getScheme() + "://" + host.strip());
            if (seen.getHost() == null || seen.getRawPath() != null && !seen.getRawPath().isEmpty()
                    || seen.getRawQuery() != null || seen.getRawUserInfo() != null) {
                return canonical;
            }
            return new URI(canonical.getScheme(), null, seen.getHost(), seen.getPort(), canonical.getPath(), null,
                    null);
        } catch (java.net.URISyntaxException e) {
            return canonical;
        }
    }

    /** Holds this listener's answers to the REST specification (default {@link Conformance#NONE}). */
    public void conformance(Conformance conformance) {
        this.conformance = java.util.Objects.requireNonNull(conformance, "conformance == null");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String activityId = UUID.randomUUID().toString();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        URI uri = exchange.getRequestURI();
        String rawPath = uri.getRawPath() == null ? "/" : uri.getRawPath();
        String rawQuery = uri.getRawQuery();
        pause(settings.latency());
        FaultAction fault = faults.take(method, rawPath, rawQuery);
        if (fault instanceof FaultAction.ResetBeforeRead) {
            recorder.record(method, rawPath, rawQuery, safeHeaders(exchange), new byte[0]);
            throw new ConnectionDrop();
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        recorder.record(method, rawPath, rawQuery, safeHeaders(exchange), body);
        if (fault instanceof FaultAction.ResetAfterRead) {
            throw new ConnectionDrop();
        }
        if (fault instanceof FaultAction.Delay d) {
            pause(d.duration());
        }
        Reply reply;
        if (fault instanceof FaultAction.Status s) {
            reply = Reply.error(AdoError.server(s.status()));
        } else if (fault instanceof FaultAction.Throttle429 t) {
            reply = rateLimited(Reply.error(AdoError.throttled()), t.retryAfterSeconds());
        } else if (fault instanceof FaultAction.HtmlPage) {
            reply = signInPage();
        } else if (fault instanceof FaultAction.Throttle200 t) {
            reply = rateLimited(serve(exchange, method, rawPath, rawQuery, body), t.retryAfterSeconds());
        } else if (settings.throttle() != null) {
            reply = throttled(settings.throttle().charge(user(exchange)), exchange, method, rawPath, rawQuery, body);
        } else {
            reply = serve(exchange, method, rawPath, rawQuery, body);
        }
        if (fault instanceof FaultAction.ResetAfterApply) {
            throw new ConnectionDrop();
        }
        reply = Ranges.apply(method, exchange.getRequestHeaders().getFirst("Range"),
                exchange.getRequestHeaders().getFirst("If-Range"), reply);
        send(exchange, reply.withHeader("ActivityId", activityId), fault instanceof FaultAction.TruncateBody);
    }

    private Reply serve(HttpExchange exchange, String method, String rawPath, String rawQuery, byte[] body) {
        try {
            if (!auth.accepts(exchange.getRequestHeaders().getFirst("Authorization"))) {
                return settings.signInPageOnBadAuth() ? signInPage()
                        : Reply.error(AdoError.unauthorized()).withHeader("WWW-Authenticate",
                        "Bearer authorization_uri=https://login.microsoftonline.com/common, Basic realm=\""
                                + base + "\"");
            }
            List<String> all = Call.segments(rawPath);
            List<String> segments = all;
            Router router = rootRouter;
            if (!segments.isEmpty() && segments.get(0).equalsIgnoreCase(settings.organization())) {
                router = orgRouter;
                segments = segments.subList(1, segments.size());
            }
            Map<String, String> query = Call.parseQuery(rawQuery);
            Router.Match match;
            try {
                match = router.match(method, segments);
            } catch (AdoError notFound) {
                throw conformance.unrouted(method, all, query.keySet(), notFound);
            }
            String accept = exchange.getRequestHeaders().getFirst("Accept");
            if (!method.equals("OPTIONS")) {    // resource-location discovery carries no api-version
                ApiVersions.check(method, ApiVersions.find(query.get("api-version"), accept));
            }
            var headers = new java.util.HashMap<String, String>();
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!values.isEmpty() && !name.equalsIgnoreCase("Authorization")) {
                    headers.put(name, values.get(0));
                }
            });
            Call call = new Call(method, requestBase(exchange), query, match.vars(), accept, body, headers);
            return conformance.serve(method, all, query.keySet(), match.route().template(), body, call,
                    match.route().handler());
        } catch (AdoError e) {
            return Reply.error(e);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "emulator route failed: " + method + " " + rawPath, e);
            return Reply.error(new AdoError(500, "InvalidOperationException", "System",
                    "VS402999: The emulator failed: " + e));
        }
    }

    /** Serves a request under the simulated rate limiting: blocked (429), or held and served, with its headers. */
    private Reply throttled(Throttle.Verdict verdict, HttpExchange exchange, String method, String rawPath,
                            String rawQuery, byte[] body) {
        Reply reply;
        if (verdict.blocked()) {
            reply = Reply.error(AdoError.throttled());
        } else {
            pause(verdict.hold());
            reply = serve(exchange, method, rawPath, rawQuery, body);
        }
        for (Map.Entry<String, String> h : verdict.headers().entrySet()) {
            reply = reply.withHeader(h.getKey(), h.getValue());
        }
        return reply;
    }

    /** {@return the user a request's budget is charged to: its credentials (hashed), or anonymous} */
    private static String user(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        return authorization == null ? "anonymous" : Integer.toHexString(authorization.strip().hashCode());
    }

    private static Reply rateLimited(Reply reply, int retryAfterSeconds) {
        long reset = Instant.now().getEpochSecond() + retryAfterSeconds;
        return reply.withHeader("Retry-After", Integer.toString(retryAfterSeconds))
                .withHeader("X-RateLimit-Resource", "Emulator/User")
                .withHeader("X-RateLimit-Delay", retryAfterSeconds + ".000")
                .withHeader("X-RateLimit-Limit", "200")
                .withHeader("X-RateLimit-Remaining", "0")
                .withHeader("X-RateLimit-Reset", Long.toString(reset));
    }

    private static Reply signInPage() {
        return Reply.html(203, """
                <!DOCTYPE html>
                <html><head><title>Azure DevOps Services | Sign In</title></head>
                <body><h1>Sign in to your account</h1>
                <form method="post" action="https://login.microsoftonline.com/common/oauth2/authorize">
                <input type="hidden" name="ctx" value="emulator"/></form></body></html>
                """);
    }

    private static void send(HttpExchange exchange, Reply reply, boolean truncate) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", reply.contentType());
        reply.headers().forEach(headers::set);
        if (!headers.containsKey("Keep-Alive") && !"close".equalsIgnoreCase(headers.getFirst("Connection"))
                && !"close".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Connection"))) {
            headers.set("Keep-Alive", KEEP_ALIVE);   // how long the connection stays open idle, for clients that read it
        }
        byte[] body = reply.body();
        boolean noBody = body.length == 0 || reply.status() == 204 || reply.status() == 304;
        exchange.sendResponseHeaders(reply.status(), noBody ? -1 : body.length);
        if (noBody) {
            exchange.close();
            return;
        }
        OutputStream out = exchange.getResponseBody();
        if (truncate) {
            out.write(body, 0, body.length / 2);
            out.flush();
            throw new ConnectionDrop();
        }
        out.write(body);
        exchange.close();
    }

    private static Map<String, List<String>> safeHeaders(HttpExchange exchange) {
        var out = new LinkedHashMap<String, List<String>>();
        exchange.getRequestHeaders().forEach((name, values) -> out.put(name.toLowerCase(Locale.ROOT),
                name.equalsIgnoreCase("Authorization") ? values.stream().map(Dispatcher::schemeOnly).toList()
                        : List.copyOf(values)));
        return out;
    }

    private static String schemeOnly(String authorization) {
        int space = authorization.indexOf(' ');
        return (space < 0 ? authorization : authorization.substring(0, space)) + " ***";
    }

    private static void pause(Duration d) {
        if (d.isZero()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Thrown out of the handler so that jdk.httpserver closes the connection without answering. */
    static final class ConnectionDrop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ConnectionDrop() {
            super("emulator fault: connection dropped", null, false, false);
        }
    }
}
