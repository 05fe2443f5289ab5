package ado.core.error;

import java.time.Duration;
import java.util.Optional;

/**
 * HTTP 429: Azure DevOps blocked the request for exceeding its rate limit (TSTUs). The client's
 * {@code RetryPolicy} already waited and retried as {@code Retry-After} asked, within its limits.
 *
 * <p>Also thrown, at once and without waiting, for a 429 or 503 whose {@code Retry-After} (or
 * {@code X-RateLimit-Delay}) asks for longer than {@code RetryPolicy.maxRetryAfter}; {@link #status()} then says
 * which, and {@link #retryAfter()} carries the wait asked for (absurd values are cut to about 146 years).
 */
public final class AdoThrottledException extends AdoHttpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; prefer {@link AdoHttpException#of(HttpFailure)}.
     *
     * @param failure the failed exchange
     */
    public AdoThrottledException(HttpFailure failure) {
        super(failure);
    }

    /** {@return how long the server asked to wait, from {@code Retry-After} or {@code X-RateLimit-Delay}} */
    public Optional<Duration> retryAfter() {
        var limit = rateLimit();
        return Optional.ofNullable(limit.retryAfter() != null ? limit.retryAfter() : limit.delay());
    }
}
