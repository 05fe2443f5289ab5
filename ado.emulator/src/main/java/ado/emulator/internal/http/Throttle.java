package ado.emulator.internal.http;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The per-user budgets of the simulated rate limiting ({@code ado.emulator.Throttling} has the rules): use in
 * units, one per request, draining evenly over the window. Thread-safe.
 */
public final class Throttle {

    private static final String RESOURCE = "Emulator/User.Requests";

    private final double limit;
    private final long windowNanos;
    private final int blockAfter;
    private final Duration delay;
    private final LongSupplier nanoTime;
    private final LongSupplier epochMillis;
    private final Map<String, Usage> users = new HashMap<>();
    private volatile boolean active = true;

    /** Creates the budgets; the clocks are {@code System.nanoTime} and {@code System.currentTimeMillis}. */
    public Throttle(int limit, Duration window, int blockAfter, Duration delay) {
        this(limit, window, blockAfter, delay, System::nanoTime, System::currentTimeMillis);
    }

    Throttle(int limit, Duration window, int blockAfter, Duration delay, LongSupplier nanoTime,
             LongSupplier epochMillis) {
        this.limit = limit;
        this.windowNanos = window.toNanos();
        this.blockAfter = blockAfter;
        this.delay = delay;
        this.nanoTime = nanoTime;
        this.epochMillis = epochMillis;
    }

    /**
     * What the budget says about one request.
     *
     * @param blocked whether to answer 429 instead of serving the request
     * @param hold    how long to hold the request before serving it
     * @param headers the rate-limit headers of the answer (none while the user is under half the budget)
     */
    public record Verdict(boolean blocked, Duration hold, Map<String, String> headers) {
    }

    private static final class Usage {
        double used;
        long at;
    }

    /** Suspends ({@code false}) or resumes the throttling; while suspended requests are neither charged nor held. */
    public void active(boolean active) {
        this.active = active;
    }

    /** {@return the verdict on one more request of {@code user}}, charging it to the user's budget unless blocked */
    public Verdict charge(String user) {
        if (!active) {
            return new Verdict(false, Duration.ZERO, Map.of());
        }
        synchronized (users) {
            long now = nanoTime.getAsLong();
            Usage u = users.computeIfAbsent(user, k -> {
                var fresh = new Usage();
                fresh.at = now;
                return fresh;
            });
            u.used = Math.max(0, u.used - (now - u.at) * limit / windowNanos);
            u.at = now;
            if (u.used + 1 > limit + blockAfter) {
                return new Verdict(true, Duration.ZERO, headers(u.used, true, Duration.ZERO));
            }
            u.used += 1;
            boolean delayed = u.used > limit;
            // whole units for the headers: what drained since the last request does not hide them
            return new Verdict(false, delayed ? delay : Duration.ZERO,
                    Math.ceil(u.used) * 2 >= limit ? headers(u.used, delayed, delayed ? delay : null) : Map.of());
        }
    }

    private Map<String, String> headers(double used, boolean over, Duration held) {
        var h = new LinkedHashMap<String, String>();
        if (over) {
            double nanosBackUnder = (used + 1 - limit) * windowNanos / limit;
            h.put("Retry-After", Long.toString(Math.max(1, (long) Math.ceil(nanosBackUnder / 1e9))));
        }
        h.put("X-RateLimit-Resource", RESOURCE);
        if (held != null) {
            h.put("X-RateLimit-Delay", String.format(java.util.Locale.ROOT, "%.3f", held.toNanos() / 1e9));
        }
        h.put("X-RateLimit-Limit", Long.toString((long) limit));
        h.put("X-RateLimit-Remaining", Long.toString(over ? 0 : (long) Math.max(0, limit - Math.ceil(used))));
        long drainedMillis = (long) Math.ceil(used * windowNanos / limit / 1e6);
        h.put("X-RateLimit-Reset", Long.toString((epochMillis.getAsLong() + drainedMillis + 999) / 1000));
        return h;
    }
}
