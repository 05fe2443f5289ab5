package ado.core.internal.http;

import ado.core.RateLimit;
import ado.core.RetryPolicy;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Applies a {@link RetryPolicy}: whether an attempt's outcome is worth another attempt, and after how long.
 * Stateless; a call passes in what it knows (attempts made, previous wait, time left).
 */
public final class RetryPlanner {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    /** The JDK's words for an HTTP/1.1 connection that ended before the status line ({@code Http1HeaderParser}). */
    private static final String NO_ANSWER = "HTTP/1.1 header parser received no bytes";

    /** The JDK's words for an HTTP/2 stream it did not open; {@code HttpClient.send} wraps them once. */
    private static final String NO_STREAM = "too many concurrent streams";

    private final RetryPolicy policy;

    /** Creates a planner for {@code policy}. */
    public RetryPlanner(RetryPolicy policy) {
        this.policy = policy;
    }

    /**
     * {@return whether a request may be sent again after an ambiguous failure}: GET, HEAD and OPTIONS, and writes
     * the caller declared safe to resend
     */
    public static boolean resendable(String method, boolean declaredSafe) {
        return declaredSafe || safe(method);
    }

    /** {@return whether {@code method} only reads (GET, HEAD, OPTIONS): sending it twice changes nothing} */
    public static boolean safe(String method) {
        return SAFE.contains(method);
    }

    /**
     * {@return whether {@code status} is one the policy may retry, ignoring the budget}: 429 always, 503 with
     * {@code Retry-After} always (the server did not process the request), 502, 503 and 504 for resendable requests
     */
    public static boolean retryableStatus(boolean resendable, int status, RateLimit rateLimit) {
        if (status == 429) {
            return true;
        }
        if (resendable) {
            return status == 502 || status == 503 || status == 504;
        }
        return status == 503 && rateLimit.retryAfter() != null;
    }

    /** {@return the wait the server asked for with a 429 or 503: {@code Retry-After}, else {@code X-RateLimit-Delay}} */
    static Optional<Duration> serverWait(int status, RateLimit rateLimit) {
        if (rateLimit.retryAfter() != null) {
            return Optional.of(rateLimit.retryAfter());
        }
        return status == 429 || status == 503 ? Optional.ofNullable(rateLimit.delay()) : Optional.empty();
    }

    /**
     * {@return whether a retryable status asked for a wait beyond {@link RetryPolicy#maxRetryAfter()}}: the call
     * then fails at once instead of sleeping
     */
    public boolean waitTooLong(boolean resendable, int status, RateLimit rateLimit) {
        return retryableStatus(resendable, status, rateLimit) && serverWait(status, rateLimit)
                .map(w -> w.compareTo(policy.maxRetryAfter()) > 0).orElse(false);
    }

    /**
     * {@return the wait before the next attempt after a response with {@code status}, or empty to give up}
     *
     * @param attempts the attempts made so far
     * @param previous the previous wait of this call, or {@code null}
     * @param left     the time left until the call's deadline
     */
    public Optional<Duration> afterStatus(boolean resendable, int status, RateLimit rateLimit, int attempts,
                                          Duration previous, Duration left) {
        if (!retryableStatus(resendable, status, rateLimit) || waitTooLong(resendable, status, rateLimit)) {
            return Optional.empty();
        }
        Duration wait = rateLimit.retryAfter() != null ? rateLimit.retryAfter()
                : rateLimit.delay() != null ? max(rateLimit.delay(), policy.baseDelay())
                : backoff(attempts, previous);
        return within(wait, attempts, left);
    }

    /**
     * {@return the wait before the next attempt after {@code failure}, or empty to give up}
     *
     * @param resendable whether the request may be sent again although it may have been processed
     */
    public Optional<Duration> afterFailure(boolean resendable, IOException failure, int attempts, Duration previous,
                                           Duration left) {
        if (failure instanceof SSLHandshakeException || failure instanceof SSLPeerUnverifiedException) {
            return Optional.empty();
        }
        if (!resendable && !notSent(failure)) {
            return Optional.empty();
        }
        return within(backoff(attempts, previous), attempts, left);
    }

    /**
     * {@return whether {@code failure} proves that no byte of the request reached the server}: a failed connect,
     * or the JDK's refusal to open an HTTP/2 stream beyond the server's {@code SETTINGS_MAX_CONCURRENT_STREAMS}
     * ({@code Http2Connection.reserveStream} throws it before the stream exists, JDK 17 to 25)
     */
    public static boolean notSent(IOException failure) {
        return failure instanceof ConnectException || failure instanceof HttpConnectTimeoutException
                || inChain(failure, 2, t -> t.getClass() == IOException.class && NO_STREAM.equals(t.getMessage()));
    }

    /**
     * {@return whether the connection ended before any byte of an HTTP/1.1 answer arrived} The JDK says so in the
     * message of the failure it raises ({@code Http1HeaderParser}, JDK 11 to 25), whatever ended the connection
     * (end of stream or reset). It proves nothing about the request: a server that read it and closed, and one that
     * closed a kept-alive connection as the request went out (without reading it), look the same to the client.
     */
    public static boolean closedBeforeAnswer(IOException failure) {
        return inChain(failure, 4, t -> t.getMessage() != null && t.getMessage().contains(NO_ANSWER));
    }

    /** Whether {@code failure} or one of its first causes (at most {@code depth} in all) passes {@code test}. */
    private static boolean inChain(Throwable failure, int depth, Predicate<Throwable> test) {
        Throwable t = failure;
        for (int i = 0; i < depth && t != null; i++, t = t.getCause()) {
            if (test.test(t)) {
                return true;
            }
        }
        return false;
    }

    private Optional<Duration> within(Duration wait, int attempts, Duration left) {
        if (attempts >= policy.maxAttempts() || wait.compareTo(left) >= 0) {
            return Optional.empty();
        }
        return Optional.of(wait);
    }

    /**
     * {@return the wait after {@code attempts} attempts when the server did not say}: with jitter, decorrelated
     * jitter (uniform between the floor {@link RetryPolicy#baseDelay()} and three times the previous wait); without,
     * the floor doubled per attempt. Always between the floor and {@link RetryPolicy#maxDelay()}.
     *
     * @param previous the previous wait of this call, or {@code null} before the first retry
     */
    Duration backoff(int attempts, Duration previous) {
        long floor = Deadline.nanos(policy.baseDelay());
        long cap = Deadline.nanos(policy.maxDelay());
        if (!policy.jitter()) {
            int shift = Math.min(Math.max(attempts - 1, 0), 62);
            return Duration.ofNanos(floor > (cap >> shift) ? cap : Math.min(cap, floor << shift));
        }
        long before = previous == null ? floor : Math.max(floor, Deadline.nanos(previous));
        long upper = before > cap / 3 ? cap : Math.max(floor, before * 3);
        return Duration.ofNanos(upper <= floor ? floor : ThreadLocalRandom.current().nextLong(floor, upper + 1));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
