package ado.emulator;

import java.time.Duration;
import java.util.Objects;

/**
 * Azure DevOps' rate limiting, simulated (opt-in: {@link AdoEmulator.Builder#throttling(Throttling)}). Each user
 * (each distinct {@code Authorization} value; anonymous requests are one user) has a budget of {@code limit}
 * units of use (ADO's TSTUs) in a sliding {@code window}; every request uses one unit, and use drains away
 * evenly over the window. As in ADO (see {@code docs/integrate/concepts/rate-limits}):
 * <ul>
 *   <li>once a user has used half the budget, answers carry {@code X-RateLimit-Resource},
 *       {@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining} (units left) and {@code X-RateLimit-Reset} (Unix
 *       seconds when use would drain to zero), so a client can slow down before delays begin;</li>
 *   <li>a request over the budget is <em>delayed</em>: held for {@code delay}, then answered normally (200) with
 *       {@code Retry-After} (whole seconds until use is back within the budget, at least 1),
 *       {@code X-RateLimit-Delay} (seconds held) and {@code X-RateLimit-Remaining: 0};</li>
 *   <li>a request more than {@code blockAfter} units over the budget (sustained overuse) is <em>blocked</em>: 429
 *       with ADO's {@code TF400733} error and {@code Retry-After}; it uses no unit.</li>
 * </ul>
 * ADO's real budget is 200 TSTUs in 5 minutes, where a request costs a small fraction of a TSTU; pick numbers
 * that make a test's few hundred requests cross the budget in seconds, such as {@code Throttling.of(40,
 * Duration.ofSeconds(4))}.
 *
 * @param limit      the units a user may use in {@code window} before delays begin; positive
 * @param window     the sliding window the use drains over; positive
 * @param blockAfter how many units over the budget a user may go (delayed) before requests are blocked (429);
 *                   0 or more
 * @param delay      how long a delayed request is held before it is served; zero or more, at most 30 s
 */
public record Throttling(int limit, Duration window, int blockAfter, Duration delay) {

    /**
     * Checks the values.
     *
     * @param limit      the units a user may use in {@code window} before delays begin; positive
     * @param window     the sliding window the use drains over; positive
     * @param blockAfter how many units over the budget a user may go before requests are blocked; 0 or more
     * @param delay      how long a delayed request is held; zero or more, at most 30 s
     * @throws IllegalArgumentException naming the value that is out of range
     */
    public Throttling {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        Objects.requireNonNull(window, "window == null");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
        if (blockAfter < 0) {
            throw new IllegalArgumentException("blockAfter must not be negative: " + blockAfter);
        }
        Objects.requireNonNull(delay, "delay == null");
        if (delay.isNegative() || delay.compareTo(Duration.ofSeconds(30)) > 0) {
            throw new IllegalArgumentException("delay must be between 0 and 30 s: " + delay);
        }
    }

    /**
     * {@return a budget of {@code limit} requests per user in {@code window}}, blocking once a quarter of the
     * budget more has been delayed, each delayed request held 10 ms
     *
     * @param limit  the requests a user may send in {@code window} before delays begin; positive
     * @param window the sliding window; positive
     * @throws IllegalArgumentException if a value is out of range
     */
    public static Throttling of(int limit, Duration window) {
        return new Throttling(limit, window, Math.max(1, limit / 4), Duration.ofMillis(10));
    }

    /** {@return the emulator's throttle enforcing this budget, one per emulator} */
    ado.emulator.internal.http.Throttle newThrottle() {
        return new ado.emulator.internal.http.Throttle(limit, window, blockAfter, delay);
    }
}
