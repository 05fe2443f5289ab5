package ado.core.internal.http;

import ado.core.RateLimit;
import ado.core.RetryPolicy;
import ado.core.error.AdoHttpException;
import ado.core.error.AdoOutcomeUnknownException;
import ado.core.error.AdoThrottledException;
import ado.core.error.AdoTransportException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * Sends requests for one client: standard headers, authentication, redirects, the retry loop, rate-limit pacing,
 * deadlines, gzip decoding and error mapping. Thread-safe; one instance per {@code AdoClient}.
 *
 * <p>Each call has one {@link Deadline}: its own {@code ApiRequest.timeout} when it has one, else
 * {@code RetryPolicy.maxTotalTime} after it starts, but at least one {@code requestTimeout} ({@link CallControl}). Pacing waits, attempts and backoff waits all end by it. Each attempt also ends by its own
 * {@code requestTimeout} (connect, headers and a body read into memory). A write that failed after it may have
 * reached the server is not resent and fails with {@link AdoOutcomeUnknownException}. Each attempt holds a place of
 * the client's {@link RequestLimit} from before it is sent until its body is read (none while it waits to retry).
 */
public final class Transport {

    static final System.Logger LOG = System.getLogger("ado.core.http");

    private final Redirects redirects;
    private final RetryPlanner planner;
    private final ErrorMapper errors;
    private final PacingGate pacing;
    private final Clock clock;
    private final Sleeper sleeper;
    private final RetryPolicy policy;
    private final Duration requestTimeout;
    private final Predicate<String> reauthorize;
    private final Lifecycle lifecycle = new Lifecycle();
    private final Observer observer;
    private final RequestLimit limit;
    private final FirstConnection first;

    /**
     * Creates the transport.
     *
     * @param http          the shared JDK client (built with {@code Redirect.NEVER})
     * @param timeout       the per-attempt timeout: connect, headers and a body read into memory
     * @param userAgent     the {@code User-Agent}
     * @param authorization the {@code Authorization} value for a request URL, per attempt (empty for
     *                      hosts that must not see credentials)
     * @param reauthorize   told the {@code Authorization} value a 401 answered; true if one retry with a fresh
     *                      value can help (refreshed tokens)
     * @param observer      the HTTP log, the request listeners and the log of retries
     * @param wire          the HTTP version on cleartext and when to ask for gzip
     * @param limit         the bound on requests in flight
     * @param first         lets the first request to an HTTPS origin open the HTTP/2 connection alone
     */
    public Transport(HttpClient http, Duration timeout, String userAgent, Function<URI, Optional<String>> authorization,
                     Predicate<String> reauthorize, RetryPolicy policy, ErrorMapper errors, Clock clock,
                     Sleeper sleeper, Observer observer, WireOptions wire, RequestLimit limit,
                     FirstConnection first) {
        this.redirects = new Redirects(http, Map.of("User-Agent", userAgent,
                "X-TFS-FedAuthRedirect", "Suppress", "X-VSS-ForceMsaPassThrough", "true"), authorization, wire);
        this.planner = new RetryPlanner(policy);
        this.pacing = new PacingGate(policy.maxRetryAfter());
        this.policy = policy;
        this.requestTimeout = timeout;
        this.errors = errors;
        this.clock = clock;
        this.sleeper = sleeper;
        this.reauthorize = reauthorize;
        this.observer = observer;
        this.limit = limit;
        this.first = first;
    }

    /** {@return the gate that paces this client's requests after the server asked it to slow down} */
    public PacingGate pacing() {
        return pacing;
    }

    /**
     * Refuses new calls from now on (they fail with {@code AdoConfigurationException} naming {@code owner}); runs
     * {@code release} once the calls in flight, and the response streams handed out, have ended. Idempotent.
     */
    public void close(String owner, Runnable release) {
        lifecycle.close(owner, release);
    }

    /** {@return whether {@link #close} was called} */
    public boolean closed() {
        return lifecycle.closed();
    }

    /**
     * Sends {@code spec} (retrying as the policy allows) and reads the successful response with {@code reader}.
     *
     * @throws ado.core.error.AdoHttpException             for an error status, or a sign-in page
     * @throws AdoOutcomeUnknownException                  when a write failed after it may have reached the server
     * @throws AdoTransportException                       when no usable response arrived
     * @throws ado.core.error.AdoConfigurationException    when the client is closed
     */
    public <R> Exchange<R> execute(RequestSpec spec, BodyReader<R> reader) {
        lifecycle.enter(() -> describe(spec));
        CallTrace trace = observer.begin(spec);
        boolean handedOver = false;
        try {
            Exchange<R> exchange = attempts(spec, reader, trace);
            handedOver = reader.handsOver();
            return exchange;
        } catch (ado.core.error.AdoException e) {
            throw trace.failed(Correlation.tag(e, spec.control().correlationId()));
        } catch (RuntimeException e) {
            throw trace.failed(e);
        } finally {
            if (!handedOver) {
                lifecycle.exit();
            }
        }
    }

    private <R> Exchange<R> attempts(RequestSpec spec, BodyReader<R> reader, CallTrace trace) {
        Deadline call = spec.control().deadline(requestTimeout, policy.maxTotalTime());
        boolean resendable = RetryPlanner.resendable(spec.method(), spec.resendSafe());
        boolean reauthorized = false;
        Duration previous = null;
        Deadline deadline = call;
        for (int attempt = 1; ; attempt++) {
            boolean exposed = false; // whether this attempt's bytes may have reached the server
            RequestLimit.Permit permit = null; // this attempt's place in flight, given back in finally or by the stream
            FirstConnection.Turn turn = null; // set when this attempt opens its origin's connection alone
            try {
                Duration held = pacing.remaining();
                if (!pacing.await(sleeper, call)) {
                    throw new AdoTransportException(describe(spec) + " was not sent: the client holds its requests"
                            + " back for another " + Deadline.format(pacing.remaining()) + " because Azure DevOps "
                            + "asked it to slow down, which is past " + call.name(), null);
                }
                if (!held.isZero()) {
                    trace.paced(held);
                }
                permit = limit.acquire(call, () -> describe(spec));
                turn = first.await(spec.uri(), call);
                deadline = call.earlier(Deadline.after(requestTimeout, "requestTimeout"));
                exposed = true;
                trace.sending(attempt);
                HttpResponse<InputStream> response = redirects.send(trace.prepare(reader.prepare(spec)),
                        reader.inMemory(), deadline);
                turn.done(true);
                trace.responded(response);
                int status = response.statusCode();
                if (status == 401 && !reauthorized && rejectedToken(response)) {
                    reauthorized = true;
                    trace.answered(response, null, "sent again with a fresh token");
                    Redirects.discard(response);
                    LOG.log(Level.DEBUG, () -> "Retrying " + traced(spec) + " once with a fresh token after HTTP"
                            + " 401");
                    attempt--; // a fresh token is not a retry of a failure; the retry budget stays intact
                    continue;
                }
                if (status >= 400 && reader.startOver(status)) {
                    trace.answered(response, null, "sent again without its range");
                    Redirects.discard(response);
                    LOG.log(Level.DEBUG, () -> "Sending " + traced(spec) + " again from the start after HTTP "
                            + status + " to its range");
                    attempt--; // an answer that refused only the range: not a failure, the retry budget stays intact
                    continue;
                }
                RateLimit rateLimit = RateLimitHeaders.parse(response.headers(), clock);
                pace(spec, status, rateLimit, trace);
                if (status >= 400) {
                    if (planner.waitTooLong(resendable, status, rateLimit)) {
                        throw throttled(spec, response, rateLimit, trace);
                    }
                    Optional<Duration> retry = planner.afterStatus(resendable, status, rateLimit, attempt,
                            previous, call.remaining());
                    if (retry.isPresent()) {
                        trace.answered(response, null, "retried");
                        Redirects.discard(response);
                        exposed = false; // 429, 503 with Retry-After, or a resendable request: nothing to lose
                        trace.retrying(status, "HTTP " + status, retry.get(), rateLimit, policy.maxAttempts());
                        permit.release(); // no place in flight while waiting
                        sleeper.sleep(retry.get());
                        previous = retry.get();
                        continue;
                    }
                }
                if (isFailure(spec, response)) {
                    byte[] errorBody = readCapped(response);
                    trace.answered(response, errorBody, "an error");
                    throw errors.map(status, spec.method(), response.uri(), response.headers(), errorBody,
                            rateLimit, status < 400);
                }
                Exchange<R> done = read(spec, response, reader, rateLimit, trace, call, permit);
                if (reader.handsOver()) {
                    permit = null; // the caller's stream gives it back when the body ends or is closed
                }
                return done;
            } catch (IOException | UncheckedIOException e) {
                IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                trace.unanswered(io);
                if (io instanceof InterruptedIOException && Thread.currentThread().isInterrupted()) {
                    throw interrupted(spec, exposed, io);
                }
                Optional<Duration> retry = e instanceof UncheckedIOException ? Optional.empty()
                        : planner.afterFailure(resendable, io, attempt, previous, call.remaining());
                if (retry.isEmpty()) {
                    throw failed(spec, io, "after " + attempt + " attempt" + (attempt == 1 ? "" : "s"), deadline);
                }
                trace.retrying(0, io.getClass().getSimpleName(), retry.get(), RateLimit.NONE, policy.maxAttempts());
                if (permit != null) {
                    permit.release(); // no place in flight while waiting
                }
                sleepOrThrow(spec, retry.get());
                previous = retry.get();
            } catch (InterruptedException e) {
                throw interrupted(spec, exposed, e);
            } finally {
                if (turn != null) {
                    turn.done(false); // a no-op once answered; after a failure the next request goes first
                }
                if (permit != null) {
                    permit.release();
                }
            }
        }
    }

    /** Reports the token a 401 refused; true if a fresh one can be sent. */
    private boolean rejectedToken(HttpResponse<InputStream> response) {
        Optional<String> sent = response.request().headers().firstValue("Authorization");
        return sent.isPresent() && reauthorize.test(sent.get());
    }

    private <R> Exchange<R> read(RequestSpec spec, HttpResponse<InputStream> response, BodyReader<R> reader,
                                 RateLimit rateLimit, CallTrace trace, Deadline call, RequestLimit.Permit permit)
            throws IOException {
        StreamBody streamed = StreamBody.of(response.body());
        if (streamed != null && !reader.inMemory()) {
            // a call with its own time limit must have its whole body by then; otherwise only stalls are limited
            streamed.idle(requestTimeout, "requestTimeout", spec.control().bounded() ? call : null);
        }
        InputStream decoded = decoded(spec, response);
        long length = decoded == response.body() ? contentLength(spec, response) : -1;
        InputStream body = trace.body(response, decoded);
        if (reader.handsOver()) {
            body = new CallerStream(body, io -> Correlation.tag(failed(spec, io, "while reading its response body",
                    null), spec.control().correlationId()), permit, lifecycle::exit);
        }
        try {
            R value = reader.read(response.statusCode(), response.headers(), body, length);
            if (LOG.isLoggable(Level.DEBUG)) { // no lambda per call when DEBUG is off
                LOG.log(Level.DEBUG, traced(spec) + " -> " + response.statusCode());
            }
            trace.succeeded();
            return new Exchange<>(response.statusCode(), response.headers(), response.uri(), rateLimit, value);
        } catch (IOException e) {
            body.close();
            if (!reader.replayable()) {
                throw new UncheckedIOException(e);
            }
            throw e;
        }
    }

    /** The failure of a call that will not be retried; a write that may have been applied is outcome-unknown. */
    private static AdoTransportException failed(RequestSpec spec, IOException io, String when, Deadline deadline) {
        String text = io.getMessage() == null ? "" : " " + io.getMessage();
        if (io instanceof HttpTimeoutException && deadline != null && !text.contains(deadline.name())) {
            text += " (" + deadline.name() + ")";
        }
        String failure = io.getClass().getSimpleName() + text;
        boolean unanswered = RetryPlanner.closedBeforeAnswer(io);
        String message = describe(spec) + " failed " + when + ": " + (unanswered
                ? "the connection closed before any answer arrived (" + failure + ")" : failure);
        if (!RetryPlanner.safe(spec.method()) && !RetryPlanner.notSent(io)) {
            return new AdoOutcomeUnknownException(spec.method(), message + (unanswered
                    ? "; the server may have applied it or may never have read it (a kept-alive connection it closed"
                    + " as the request went out looks the same), so it was not sent again: read the resource back "
                    + "before sending it again"
                    : "; the server may have applied it, so read the resource back before sending it again"), io);
        }
        return new AdoTransportException(message, io);
    }

    /** A 429 or 503 that asked for a wait beyond {@code RetryPolicy.maxRetryAfter}: thrown without waiting. */
    private AdoThrottledException throttled(RequestSpec spec, HttpResponse<InputStream> response, RateLimit limit,
                                            CallTrace trace) {
        Duration wait = RetryPlanner.serverWait(response.statusCode(), limit).orElseThrow();
        LOG.log(Level.DEBUG, () -> traced(spec) + ": HTTP " + response.statusCode() + " asked to wait "
                + Deadline.format(wait) + ", longer than RetryPolicy.maxRetryAfter " + Deadline.format(
                policy.maxRetryAfter()) + "; failing at once");
        // an error status (429, 503) always maps to an AdoHttpException; only 2xx answers map to other types
        byte[] body = readCapped(response);
        trace.answered(response, body, "the wait asked for is too long");
        AdoHttpException mapped = (AdoHttpException) errors.map(response.statusCode(), spec.method(), response.uri(),
                response.headers(), body, limit, false);
        return mapped instanceof AdoThrottledException t ? t : new AdoThrottledException(mapped.failure());
    }

    private void pace(RequestSpec spec, int status, RateLimit rateLimit, CallTrace trace) {
        Duration wait = rateLimit.retryAfter();
        if (wait != null && !wait.isZero() && (status < 300 || status == 429 || status == 503)) {
            pacing.slowDown(wait);
            trace.slowedDown(status, wait.compareTo(pacing.longest()) > 0 ? pacing.longest() : wait);
            LOG.log(Level.DEBUG, () -> "Azure DevOps asked to slow down for " + Deadline.format(wait) + " (HTTP "
                    + status + ", " + traced(spec) + (rateLimit.resource() == null ? "" : ", "
                    + rateLimit.resource()) + "); holding requests back for at most "
                    + Deadline.format(pacing.longest()));
        }
    }

    private static boolean isFailure(RequestSpec spec, HttpResponse<InputStream> response) {
        int status = response.statusCode();
        if (status >= 400 || status == 203) {
            return true;
        }
        return spec.expectJson() && status < 300 && response.headers().firstValue("Content-Type")
                .map(t -> t.toLowerCase(Locale.ROOT).contains("text/html")).orElse(false);
    }

    /** {@return the body length {@code Content-Length} announces, or -1 when absent, malformed or not a body} */
    private static long contentLength(RequestSpec spec, HttpResponse<InputStream> response) {
        int status = response.statusCode();
        if (spec.method().equals("HEAD") || status == 204 || status == 304) {
            return -1;
        }
        try {
            return response.headers().firstValueAsLong("Content-Length").orElse(-1);
        } catch (NumberFormatException malformed) {
            return -1;
        }
    }

    private static InputStream decoded(RequestSpec spec, HttpResponse<InputStream> response) throws IOException {
        InputStream body = response.body();
        boolean gzip = response.headers().firstValue("Content-Encoding")
                .map(e -> e.strip().equalsIgnoreCase("gzip")).orElse(false);
        if (!gzip || spec.method().equals("HEAD") || response.statusCode() == 204 || response.statusCode() == 304) {
            return body;
        }
        try {
            return new GZIPInputStream(body, 8192);
        } catch (EOFException empty) {
            body.close();
            return InputStream.nullInputStream();
        }
    }

    private static byte[] readCapped(HttpResponse<InputStream> response) {
        try (InputStream in = decodedQuietly(response)) {
            return in.readNBytes(ErrorMapper.MAX_BODY);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static InputStream decodedQuietly(HttpResponse<InputStream> response) throws IOException {
        boolean gzip = response.headers().firstValue("Content-Encoding")
                .map(e -> e.strip().equalsIgnoreCase("gzip")).orElse(false);
        try {
            return gzip ? new GZIPInputStream(response.body()) : response.body();
        } catch (EOFException empty) {
            return InputStream.nullInputStream();
        }
    }

    private void sleepOrThrow(RequestSpec spec, Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            throw interrupted(spec, false, e);
        }
    }

    /**
     * The interrupt of a call, flag restored; outcome-unknown for a write interrupted while its bytes may have
     * reached the server.
     */
    private static AdoTransportException interrupted(RequestSpec spec, boolean exposed, Exception e) {
        Thread.currentThread().interrupt();
        String message = describe(spec) + " was interrupted";
        if (exposed && !RetryPlanner.safe(spec.method())) {
            return new AdoOutcomeUnknownException(spec.method(), message + " after it may have reached the "
                    + "server; read the resource back before sending it again", e);
        }
        return new AdoTransportException(message, e);
    }

    static String describe(RequestSpec spec) {
        URI uri = UrlRules.redact(spec.uri());
        return spec.method() + ' ' + uri;
    }

    /** {@return the request for log lines: method, redacted URL and the call's correlation id} */
    static String traced(RequestSpec spec) {
        return Correlation.traced(describe(spec), spec.control().correlationId());
    }
}
