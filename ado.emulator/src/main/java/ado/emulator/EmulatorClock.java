package ado.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The one clock of an emulator: every store (pushes, pull requests, builds, approvals) reads the time from it, so a
 * test moves queued builds forward by {@link #advance(Duration) advancing} it instead of sleeping. By default it
 * follows the system clock (plus whatever was advanced); {@link AdoEmulator.Builder#clock(Instant)} freezes it at a
 * start instant, and then only {@link #advance(Duration)} moves it. Thread-safe.
 */
public final class EmulatorClock extends Clock {

    private final Instant frozenAt;
    private Duration offset = Duration.ZERO;

    private EmulatorClock(Instant frozenAt) {
        this.frozenAt = frozenAt;
    }

    /** {@return a clock that follows the system clock} */
    static EmulatorClock system() {
        return new EmulatorClock(null);
    }

    /** {@return a clock frozen at {@code start}} */
    static EmulatorClock frozenAt(Instant start) {
        return new EmulatorClock(Objects.requireNonNull(start, "start == null"));
    }

    /**
     * Moves the clock forward by {@code amount}; builds and runs catch up on their next read.
     *
     * @param amount how far to move; not negative
     * @return this clock
     * @throws IllegalArgumentException if {@code amount} is negative
     */
    public synchronized EmulatorClock advance(Duration amount) {
        Objects.requireNonNull(amount, "amount == null");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
        offset = offset.plus(amount);
        return this;
    }

    /** {@return whether the clock only moves when advanced} */
    public boolean isFrozen() {
        return frozenAt != null;
    }

    @Override
    public synchronized Instant instant() {
        return (frozenAt != null ? frozenAt : Instant.now()).plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** {@return this clock; the emulator's time is always UTC} */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public String toString() {
        return "EmulatorClock[" + instant() + (frozenAt != null ? ", frozen" : "") + "]";
    }
}
