package ado.core.internal.http;

import ado.core.RateLimit;
import ado.core.error.AdoException;
import ado.core.spi.RequestEvent;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * One call as the observers see it: fires the {@link ado.core.spi.RequestListener} events, writes the HTTP log
 * records of its attempts, logs each retry and throttle wait at {@code DEBUG} and, when the call needed retries, one
 * summary at {@code INFO}. Used by the calling thread only (body capture aside, which is thread-safe).
 */
final class CallTrace {

    private final RequestSpec spec;
    private final long id;
    private final HttpLogger wire;        // null: no HTTP log for this call
    private final Listeners listeners;
    private final Supplier<? extends Collection<String>> credentialSecrets;
    private final long started = System.nanoTime();
    private int attempt;
    private long attemptStart = started;
    private int retries;
    private long waitedNanos;
    private String lastCause;
    private boolean responded;
    private List<String> secrets;
    private URI shown;
    private volatile HttpLogger.Capture request;

    CallTrace(RequestSpec spec, long id, HttpLogger wire, Listeners listeners,
              Supplier<? extends Collection<String>> credentialSecrets) {
        this.spec = spec;
        this.id = id;
        this.wire = wire;
        this.listeners = listeners;
        this.credentialSecrets = credentialSecrets;
    }

    /** {@return {@code prepared}, its body counted (and, for the body log, captured) as it is sent} */
    RequestSpec prepare(RequestSpec prepared) {
        RequestBody body = prepared.body();
        if (wire == null || body == RequestBody.NONE) {
            return prepared;
        }
        int limit = wire.bodies() && HttpLogger.isText(body.contentType()) ? wire.bodyLimit() : 0;
        Supplier<BodyPublisher> publishers = body.publisher();
        return prepared.withBody(new RequestBody(body.contentType(), () -> {
            var capture = new HttpLogger.Capture(limit);
            request = capture;
            return new HttpLogger.CapturingPublisher(publishers.get(), capture);
        }));
    }

    /** The attempt waited {@code waited} at the pacing gate before it could be sent. */
    void paced(Duration waited) {
        waitedNanos += Deadline.nanos(waited);
        Transport.LOG.log(Level.DEBUG, () -> Transport.traced(spec) + " waited " + Deadline.format(waited)
                + " before attempt " + (attempt + 1) + " because Azure DevOps asked to slow down");
        if (!listeners.isEmpty()) {
            var e = new RequestEvent.Throttle(id, spec.control().correlationId(),
                    spec.method(), shownUri(), attempt + 1, 0, waited,
                    RequestEvent.Throttle.Reason.PACED);
            listeners.fire("onThrottle", l -> l.onThrottle(e));
        }
    }

    /** Attempt {@code number} is about to be sent. */
    void sending(int number) {
        attempt = number;
        attemptStart = System.nanoTime();
        request = null;
        responded = false;
        if (!listeners.isEmpty()) {
            var e = new RequestEvent.Start(id, spec.control().correlationId(), spec.method(), shownUri(), number);
            listeners.fire("onStart", l -> l.onStart(e));
        }
    }

    /** The attempt received {@code response} (its headers). */
    void responded(HttpResponse<?> response) {
        responded = true;
        if (!listeners.isEmpty()) {
            var e = new RequestEvent.Response(id, spec.control().correlationId(),
                    spec.method(), shownUri(), attempt, response.statusCode(),
                    Duration.ofNanos(System.nanoTime() - attemptStart));
            listeners.fire("onResponse", l -> l.onResponse(e));
        }
    }

    /** A response with {@code status} asked the client to hold its requests back for {@code wait}. */
    void slowedDown(int status, Duration wait) {
        if (!listeners.isEmpty()) {
            var e = new RequestEvent.Throttle(id, spec.control().correlationId(),
                    spec.method(), shownUri(), attempt, status, wait,
                    RequestEvent.Throttle.Reason.RETRY_AFTER);
            listeners.fire("onThrottle", l -> l.onThrottle(e));
        }
    }

    /**
     * The call goes again after {@code delay}.
     *
     * @param status    the failed attempt's status, or 0 without a response
     * @param cause     {@code HTTP 503}, or the simple name of the I/O failure
     * @param rateLimit the failed attempt's rate-limit headers ({@code NONE} without a response)
     * @param of        the most attempts the policy allows
     */
    void retrying(int status, String cause, Duration delay, RateLimit rateLimit, int of) {
        retries++;
        waitedNanos += Deadline.nanos(delay);
        lastCause = cause;
        int failed = attempt;
        Transport.LOG.log(Level.DEBUG, () -> "Retrying " + Transport.traced(spec) + " after " + cause + " in "
                + Deadline.format(delay) + " (attempt " + (failed + 1) + " of " + of + ")");
        if (listeners.isEmpty()) {
            return;
        }
        if (rateLimit.retryAfter() == null && rateLimit.delay() != null && (status == 429 || status == 503)) {
            var t = new RequestEvent.Throttle(id, spec.control().correlationId(),
                    spec.method(), shownUri(), failed, status, delay,
                    RequestEvent.Throttle.Reason.RATE_LIMIT_DELAY);
            listeners.fire("onThrottle", l -> l.onThrottle(t));
        }
        var e = new RequestEvent.Retry(id, spec.control().correlationId(),
                spec.method(), shownUri(), failed, status, cause, delay);
        listeners.fire("onRetry", l -> l.onRetry(e));
    }

    /**
     * Logs a response whose body is not read as a success: {@code body} the (capped) error body read anyway, or
     * {@code null} when it is discarded; {@code fate} says what happens next.
     */
    void answered(HttpResponse<InputStream> response, byte[] body, String fate) {
        if (wire != null) {
            write(response, body, body == null ? -1 : body.length, body == null ? ", body discarded: " + fate
                    : ": " + fate);
        }
    }

    /** Logs the current attempt, if it got no response, as failed with {@code failure}. */
    void unanswered(IOException failure) {
        if (wire == null || responded) {
            return;
        }
        try {
            long millis = (System.nanoTime() - attemptStart) / 1_000_000L;
            HttpLogger.Capture sent = request;
            wire.write("[call " + id + ", attempt " + Math.max(attempt, 1) + "] " + spec.method() + ' ' + shownUri()
                    + " -> no response in " + millis + " ms (request " + (sent == null ? 0 : sent.total())
                    + " B sent): " + failure.getClass().getSimpleName());
        } catch (RuntimeException e) {
            Transport.LOG.log(Level.DEBUG, "Could not write the HTTP log record of call " + id, e);
        }
    }

    /** {@return {@code decoded}, the body of a success response, logged once read to its end or closed} */
    InputStream body(HttpResponse<InputStream> response, InputStream decoded) {
        if (wire == null) {
            return decoded;
        }
        boolean show = wire.bodies() && HttpLogger.isText(contentType(response));
        if (decoded instanceof InMemoryBody whole) { // already in memory: peek without consuming
            byte[] head = null;
            if (show) {
                whole.mark(0);
                head = new byte[Math.min(wire.bodyLimit(), whole.available())];
                head = Arrays.copyOf(head, Math.max(0, whole.read(head, 0, head.length)));
                whole.reset();
            }
            write(response, head, whole.available(), "");
            return decoded;
        }
        return new HttpLogger.LoggedBody(decoded, new HttpLogger.Capture(show ? wire.bodyLimit() : 0),
                (capture, complete) -> write(response, show ? capture.head() : null, capture.total(),
                        complete ? "" : ", closed before its end"));
    }

    /** The call ended with a usable response. */
    void succeeded() {
        if (retries > 0) {
            summary("succeeded", null);
        }
    }

    /** {@return {@code failure}} The call ends with it. */
    <E extends RuntimeException> E failed(E failure) {
        if (retries > 0) {
            summary("failed", failure);
        }
        if (!listeners.isEmpty() && failure instanceof AdoException ado) {
            var e = new RequestEvent.Failure(id, spec.control().correlationId(),
                    spec.method(), shownUri(), Math.max(attempt, 1),
                    Redaction.scrubbed(ado, secrets()), Duration.ofNanos(System.nanoTime() - started));
            listeners.fire("onFailure", l -> l.onFailure(e));
        }
        return failure;
    }

    private void summary(String outcome, RuntimeException failure) {
        int attempts = attempt;
        Duration waited = Duration.ofNanos(waitedNanos);
        String cause = lastCause;
        Transport.LOG.log(Level.INFO, () -> Transport.traced(spec) + " " + outcome + " after " + attempts
                + " attempts (" + retries + (retries == 1 ? " retry" : " retries") + ", waited "
                + Deadline.format(waited) + " in all, last cause " + cause + ")"
                + (failure == null ? "" : ": " + failure.getClass().getSimpleName()));
    }

    /** Writes the HTTP log record of the current attempt; a failure to do so never reaches the call. */
    private void write(HttpResponse<InputStream> response, byte[] head, long total, String note) {
        try {
            record(response, head, total, note);
        } catch (RuntimeException e) {
            Transport.LOG.log(Level.DEBUG, "Could not write the HTTP log record of call " + id, e);
        }
    }

    private void record(HttpResponse<InputStream> response, byte[] head, long total, String note) {
        long millis = (System.nanoTime() - attemptStart) / 1_000_000L;
        HttpLogger.Capture sent = request;
        long sentBytes = sent == null ? 0 : sent.total();
        var sb = new StringBuilder(256);
        sb.append("[call ").append(id).append(", attempt ").append(attempt).append("] ").append(spec.method())
                .append(' ').append(shownUri()).append(" -> ").append(response.statusCode()).append(" in ")
                .append(millis).append(" ms (request ").append(sentBytes).append(" B, response ")
                .append(total < 0 ? "length unknown" : total + " B").append(note).append(')');
        if (!response.uri().equals(spec.uri())) {
            sb.append(", answered by ").append(shown(response.uri()));
        }
        if (wire.headers()) {
            wire.appendHeaders(sb, "> ", response.request().headers(), secrets());
            if (wire.bodies() && sent != null) {
                wire.appendBody(sb, "> ", spec.body().contentType(), sent.head(), sentBytes, secrets());
            }
            wire.appendHeaders(sb, "< ", response.headers(), secrets());
            if (wire.bodies()) {
                wire.appendBody(sb, "< ", contentType(response), head, total, secrets());
            }
        }
        wire.write(sb.toString());
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse(null);
    }

    private URI shownUri() {
        if (shown == null) {
            shown = shown(spec.uri());
        }
        return shown;
    }

    private URI shown(URI uri) {
        URI redacted = UrlRules.redact(uri);
        List<String> s = secrets();
        return Redaction.contains(redacted.toString(), s) ? URI.create(Redaction.scrub(redacted.toString(), s))
                : redacted;
    }

    /** {@return the secrets of this call, to scrub from what is shown}: computed once, only when needed */
    private List<String> secrets() {
        if (secrets == null) {
            var all = new ArrayList<>(Redaction.requestSecrets(credentialSecrets.get(), spec.headers(), spec.uri()));
            if (wire != null) {
                spec.headers().forEach((name, value) -> {
                    if (wire.secretHeader(name)) {
                        all.add(value);
                    }
                });
            }
            secrets = all;
        }
        return secrets;
    }
}
