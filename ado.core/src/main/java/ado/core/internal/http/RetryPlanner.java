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
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/** Applies a {@link RetryPolicy}: whether an attempt's outcome is worth another attempt, and after how long. */
public final class RetryPlanner {

    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

    private final RetryPolicy policy;

    /** Creates a planner for {@code policy}. */
    public RetryPlanner(RetryPolicy policy) {
        this.policy = policy;
    }

    /** {@return whether {@code method} may be sent twice without changing the result} */
    public static boolean idempotent(String method) {
        return IDEMPOTENT.contains(method);
    }

    /** {@return whether {@code status} is one the policy may retry for {@code method}, ignoring the budget} */
    public static boolean retryableStatus(String method, int status, RateLimit rateLimit) {
        if (status == 429) {
            return true;
        }
        if (idempotent(method)) {
            return status == 502 || status == 503 || status == 504;
        }
        return status == 503 && rateLimit.retryAfter() != null;
    }

    /**
     * {@return the wait before the next attempt after a response with {@code status}, or empty to give up}
     *
     * @param attempts how many attempts were made so far
     * @param elapsed  time since the first attempt started
     */
    public Optional<Duration> afterStatus(String method, int status, RateLimit rateLimit, int attempts,
                                          Duration elapsed) {
        if (!retryableStatus(method, status, rateLimit)) {
            return Optional.empty();
        }
        Duration wait = rateLimit.retryAfter() != null ? rateLimit.retryAfter()
                : rateLimit.delay() != null && (status == 429 || status == 503) ? rateLimit.delay()
                : backoff(attempts);
        return within(wait, attempts, elapsed);
    }

    /** {@return the wait before the next attempt after {@code failure}, or empty to give up} */
    public Optional<Duration> afterFailure(String method, IOException failure, int attempts, Duration elapsed) {
        if (failure instanceof SSLHandshakeException || failure instanceof SSLPeerUnverifiedException) {
            return Optional.empty();
        }
        if (!idempotent(method) && !notSent(failure)) {
            return Optional.empty();
        }
        return within(backoff(attempts), attempts, elapsed);
    }

    /** {@return whether {@code failure} proves that no byte of the request reached the server} */
    static boolean notSent(IOException failure) {
        return failure instanceof ConnectException || failure instanceof HttpConnectTimeoutException;
    }

    private Optional<Duration> within(Duration wait, int attempts, Duration elapsed) {
        if (attempts >= policy.maxAttempts() || elapsed.plus(wait).compareTo(policy.maxTotalTime()) > 0) {
            return Optional.empty();
        }
        return Optional.of(wait);
    }

    /** {@return the exponential wait after {@code attempts} attempts, capped and (if enabled) jittered} */
    Duration backoff(int attempts) {
        long base = policy.baseDelay().toMillis();
        long cap = policy.maxDelay().toMillis();
        int shift = Math.min(Math.max(attempts - 1, 0), 30);
        long exp = base > (cap >> shift) ? cap : Math.min(cap, base << shift);
        long millis = policy.jitter() ? ThreadLocalRandom.current().nextLong(exp + 1) : exp;
        return Duration.ofMillis(millis);
    }
}
