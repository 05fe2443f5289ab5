package ado.core.internal.http;

import java.time.Duration;

/** Waits; replaceable in tests. */
@FunctionalInterface
public interface Sleeper {

    /** The real clock: {@link Thread#sleep(long, int)}. */
    Sleeper SYSTEM = d -> {
        if (!d.isNegative() && !d.isZero()) {
            Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
        }
    };

    /** Waits for {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;
}
