package ado.core.internal.http;

import ado.core.RateLimit;
import ado.core.RetryPolicy;
import ado.core.error.AdoTransportException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
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
 * gzip decoding and error mapping. Thread-safe; one instance per {@code AdoClient}.
 */
public final class Transport {

    static final System.Logger LOG = System.getLogger("ado.core.http");

    private final Redirects redirects;
    private final RetryPlanner planner;
    private final ErrorMapper errors;
    private final PacingGate pacing = new PacingGate();
    private final Clock clock;
    private final Sleeper sleeper;
    private final int maxAttempts;
    private final Predicate<String> reauthorize;

    /**
     * Creates the transport.
     *
     * @param http          the shared JDK client (built with {@code Redirect.NEVER})
     * @param timeout       the per-request timeout
     * @param userAgent     the {@code User-Agent}
     * @param authorization the {@code Authorization} value for a request URL, per attempt (empty for
     *                      hosts that must not see credentials)
     * @param reauthorize   told the {@code Authorization} value a 401 answered; true if one retry with a fresh
     *                      value can help (refreshed tokens)
     */
    public Transport(HttpClient http, Duration timeout, String userAgent, Function<URI, Optional<String>> authorization,
                     Predicate<String> reauthorize, RetryPolicy policy, ErrorMapper errors, Clock clock,
                     Sleeper sleeper) {
        this.redirects = new Redirects(http, timeout, Map.of("User-Agent", userAgent, "Accept-Encoding", "gzip",
                "X-TFS-FedAuthRedirect", "Suppress", "X-VSS-ForceMsaPassThrough", "true"), authorization);
        this.planner = new RetryPlanner(policy);
        this.maxAttempts = policy.maxAttempts();
        this.errors = errors;
        this.clock = clock;
        this.sleeper = sleeper;
        this.reauthorize = reauthorize;
    }

    /** {@return the gate that paces this client's requests after the server asked it to slow down} */
    public PacingGate pacing() {
        return pacing;
    }

    /**
     * Sends {@code spec} (retrying as the policy allows) and reads the successful response with {@code reader}.
     *
     * @throws ado.core.error.AdoHttpException      for an error status, or a sign-in page
     * @throws AdoTransportException                 when no usable response arrived
     */
    public <R> Exchange<R> execute(RequestSpec spec, BodyReader<R> reader) {
        long start = System.nanoTime();
        boolean reauthorized = false;
        for (int attempt = 1; ; attempt++) {
            try {
                pacing.await(sleeper);
                HttpResponse<InputStream> response = redirects.send(reader.prepare(spec), reader.inMemory());
                int status = response.statusCode();
                if (status == 401 && !reauthorized && rejectedToken(response)) {
                    reauthorized = true;
                    Redirects.discard(response);
                    LOG.log(Level.INFO, () -> "Retrying " + describe(spec) + " once with a fresh token after HTTP 401");
                    attempt--; // a fresh token is not a retry of a failure; the retry budget stays intact
                    continue;
                }
                if (status >= 400 && reader.startOver(status)) {
                    Redirects.discard(response);
                    LOG.log(Level.INFO, () -> "Sending " + describe(spec) + " again from the start after HTTP "
                            + status + " to its range");
                    attempt--; // an answer that refused only the range: not a failure, the retry budget stays intact
                    continue;
                }
                RateLimit rateLimit = RateLimitHeaders.parse(response.headers(), clock);
                Optional<Duration> retry = status >= 400 ? planner.afterStatus(spec.method(), status, rateLimit,
                        attempt, elapsed(start)) : Optional.empty();
                pace(spec, status, rateLimit);
                if (retry.isPresent()) {
                    Redirects.discard(response);
                    logRetry(spec, "HTTP " + status, retry.get(), attempt);
                    sleeper.sleep(retry.get());
                    continue;
                }
                if (isFailure(spec, response)) {
                    throw errors.map(status, spec.method(), response.uri(), response.headers(),
                            readCapped(response), rateLimit, status < 400);
                }
                return read(spec, response, reader, rateLimit);
            } catch (IOException | UncheckedIOException e) {
                IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                Optional<Duration> retry = planner.afterFailure(spec.method(), io, attempt, elapsed(start));
                if (retry.isEmpty() || e instanceof UncheckedIOException) {
                    throw new AdoTransportException(describe(spec) + " failed after " + attempt + " attempt"
                            + (attempt == 1 ? "" : "s") + ": " + io.getClass().getSimpleName()
                            + (io.getMessage() == null ? "" : " " + io.getMessage()), io);
                }
                logRetry(spec, io.getClass().getSimpleName(), retry.get(), attempt);
                sleepOrThrow(spec, retry.get());
            } catch (InterruptedException e) {
                throw interrupted(spec, e);
            }
        }
    }

    /** Reports the token a 401 refused; true if a fresh one can be sent. */
    private boolean rejectedToken(HttpResponse<InputStream> response) {
        Optional<String> sent = response.request().headers().firstValue("Authorization");
        return sent.isPresent() && reauthorize.test(sent.get());
    }

    private <R> Exchange<R> read(RequestSpec spec, HttpResponse<InputStream> response, BodyReader<R> reader,
                                 RateLimit rateLimit) throws IOException {
        InputStream body = decoded(spec, response);
        try {
            R value = reader.read(response.statusCode(), response.headers(), body,
                    body == response.body() ? contentLength(spec, response) : -1);
            LOG.log(Level.DEBUG, () -> describe(spec) + " -> " + response.statusCode());
            return new Exchange<>(response.statusCode(), response.headers(), response.uri(), rateLimit, value);
        } catch (IOException e) {
            body.close();
            if (!reader.replayable()) {
                throw new UncheckedIOException(e);
            }
            throw e;
        }
    }

    private void pace(RequestSpec spec, int status, RateLimit rateLimit) {
        Duration wait = rateLimit.retryAfter();
        if (wait != null && !wait.isZero() && (status < 300 || status == 429 || status == 503)) {
            pacing.slowDown(wait);
            LOG.log(Level.INFO, () -> "Azure DevOps asked to slow down for " + millis(wait) + " (HTTP " + status
                    + ", " + describe(spec) + (rateLimit.resource() == null ? "" : ", " + rateLimit.resource())
                    + ")");
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
            throw interrupted(spec, e);
        }
    }

    private static AdoTransportException interrupted(RequestSpec spec, InterruptedException e) {
        Thread.currentThread().interrupt();
        return new AdoTransportException(describe(spec) + " was interrupted", e);
    }

    private void logRetry(RequestSpec spec, String reason, Duration wait, int attempt) {
        LOG.log(Level.INFO, () -> "Retrying " + describe(spec) + " after " + reason + " in " + millis(wait)
                + " (attempt " + (attempt + 1) + " of " + maxAttempts + ")");
    }

    private static Duration elapsed(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static String millis(Duration d) {
        return d.toMillis() + " ms";
    }

    static String describe(RequestSpec spec) {
        URI uri = UrlRules.redact(spec.uri());
        return spec.method() + ' ' + uri;
    }
}
