package ado.core.internal.http;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The shared gate that holds back the next requests of a client after the server asked it to slow down (a
 * {@code Retry-After} on a 2xx, a 429 or a 503). Thread-safe; a later, longer request to slow down extends the
 * wait, but never beyond {@link #longest()} from now, so one absurd {@code Retry-After} cannot stall the client.
 */
public final class PacingGate {

    private final AtomicLong openAtNanos = new AtomicLong(System.nanoTime());
    private final Duration longest;

    /** Creates an open gate that accepts waits of at most {@code longest} ({@code RetryPolicy.maxRetryAfter}). */
    public PacingGate(Duration longest) {
        this.longest = longest;
    }

    /** {@return the longest wait the gate accepts} */
    public Duration longest() {
        return longest;
    }

    /** Holds the next requests back for {@code wait} (at most {@link #longest()}) from now; never shortens a wait. */
    public void slowDown(Duration wait) {
        long until = System.nanoTime() + Math.min(Deadline.nanos(wait), Deadline.nanos(longest));
        openAtNanos.accumulateAndGet(until, (a, b) -> a - b > 0 ? a : b);
    }

    /** {@return how long a request starting now has to wait} */
    public Duration remaining() {
        long left = openAtNanos.get() - System.nanoTime();
        return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
    }

    /**
     * Waits until the gate is open, unless that would end after {@code deadline}.
     *
     * @return true once the gate is open; false at once (without waiting) if the gate opens after the deadline
     */
    public boolean await(Sleeper sleeper, Deadline deadline) throws InterruptedException {
        Duration left = remaining();
        while (!left.isZero()) {
            if (deadline.before(left)) {
                return false;
            }
            sleeper.sleep(left);
            left = remaining();
        }
        return true;
    }
}
