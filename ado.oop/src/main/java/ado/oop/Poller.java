package ado.oop;

import ado.core.error.AdoTransportException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Polls an asynchronous operation of Azure DevOps until it is done or a time bound passes (measured on the local
 * monotonic clock). Stateless.
 */
final class Poller {

    private Poller() {
    }

    /** Checks a time bound and a poll interval; {@return nothing} but throws naming both when they are unusable. */
    static void check(Duration timeout, Duration pollInterval) {
        Objects.requireNonNull(timeout, "timeout == null");
        Objects.requireNonNull(pollInterval, "pollInterval == null");
        if (timeout.isNegative() || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("timeout must not be negative and pollInterval must be positive: "
                    + timeout + ", " + pollInterval);
        }
    }

    /**
     * {@return the last value {@code poll} gave: the first for which {@code done} holds, or the one of the last poll
     * when {@code timeout} ran out} Polls at least once, then every {@code pollInterval}; a poll that fails throws.
     *
     * @throws AdoTransportException if the thread is interrupted while waiting (its interrupt flag set again);
     *                               {@code what} names the operation in the message
     */
    static <T> T until(Supplier<T> poll, Predicate<? super T> done, Duration timeout, Duration pollInterval,
                       Supplier<String> what) {
        check(timeout, pollInterval);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = poll.get();
            long left = deadline - System.nanoTime();
            if (done.test(value) || left <= 0) {
                return value;
            }
            try {
                Thread.sleep(Math.max(1, Math.min(pollInterval.toMillis(), left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AdoTransportException("Interrupted while waiting for " + what.get(), e);
            }
        }
    }
}
