package ado.core.internal.http;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The shared gate that holds back the next requests of a client after the server asked it to slow down (a
 * {@code Retry-After} on a 2xx or a 429). Thread-safe; a later, longer request to slow down extends the wait.
 */
public final class PacingGate {

    private final AtomicLong openAtNanos = new AtomicLong(System.nanoTime());

    /** Holds the next requests back for {@code wait} from now (never shortens an earlier wait). */
    public void slowDown(Duration wait) {
        long until = System.nanoTime() + wait.toNanos();
        openAtNanos.accumulateAndGet(until, (a, b) -> a - b > 0 ? a : b);
    }

    /** {@return how long a request starting now has to wait} */
    public Duration remaining() {
        long left = openAtNanos.get() - System.nanoTime();
        return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
    }

    /** Waits until the gate is open. */
    public void await(Sleeper sleeper) throws InterruptedException {
        Duration left = remaining();
        while (!left.isZero()) {
            sleeper.sleep(left);
            left = remaining();
        }
    }
}
