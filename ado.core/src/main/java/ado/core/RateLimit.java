package ado.core;

import java.time.Duration;
import java.time.Instant;

/**
 * The rate-limit headers of one response. Azure DevOps sends them before it starts delaying requests, so a
 * client can slow down early; {@code Retry-After} may arrive on a 200 (delayed) as well as on a 429 (blocked).
 * Immutable.
 *
 * @param retryAfter from {@code Retry-After} (seconds or an HTTP date), or {@code null}
 * @param delay      from {@code X-RateLimit-Delay}: how long the server held this request, or {@code null}
 * @param resource   from {@code X-RateLimit-Resource}: the throttled service and threshold, for people, or
 *                   {@code null}
 * @param limit      from {@code X-RateLimit-Limit}: TSTUs allowed before delays, or {@code null}
 * @param remaining  from {@code X-RateLimit-Remaining}: TSTUs left, or {@code null}
 * @param reset      from {@code X-RateLimit-Reset}: when usage drains to zero, or {@code null}
 */
public record RateLimit(Duration retryAfter, Duration delay, String resource, Long limit, Long remaining,
                        Instant reset) {

    /** No rate-limit headers at all. */
    public static final RateLimit NONE = new RateLimit(null, null, null, null, null, null);

    /** {@return whether the server sent any rate-limit header} */
    public boolean present() {
        return !equals(NONE);
    }
}
