package ado.core.internal.http;

import java.time.Duration;

/**
 * A point in time (on the monotonic {@link System#nanoTime()} clock) by which something must be done, with a name
 * that failure messages quote, such as {@code "requestTimeout (60 s)"}. Immutable and thread-safe.
 *
 * <p>A call has one deadline for all its attempts and waits; each attempt has the earlier of that one and its own
 * {@code requestTimeout}.
 */
public final class Deadline {

    /** The longest span a deadline can have (about 146 years), so that no arithmetic overflows. */
    private static final long MAX_NANOS = Long.MAX_VALUE / 2;

    private final long atNanos;
    private final String name;

    private Deadline(long atNanos, String name) {
        this.atNanos = atNanos;
        this.name = name;
    }

    /** {@return a deadline {@code span} from now, called {@code label} (the span is appended)} */
    public static Deadline after(Duration span, String label) {
        return new Deadline(System.nanoTime() + nanos(span), label + " (" + format(span) + ")");
    }

    /** {@return whichever of this and {@code other} comes first} */
    public Deadline earlier(Deadline other) {
        return other.atNanos - atNanos < 0 ? other : this;
    }

    /** {@return the nanoseconds left, zero once passed} */
    public long remainingNanos() {
        return Math.max(0, atNanos - System.nanoTime());
    }

    /** {@return the time left, zero once passed} */
    public Duration remaining() {
        return Duration.ofNanos(remainingNanos());
    }

    /** {@return whether the deadline has passed} */
    public boolean expired() {
        return remainingNanos() == 0;
    }

    /** {@return whether waiting {@code wait} from now would end after this deadline} */
    public boolean before(Duration wait) {
        return nanos(wait) > remainingNanos();
    }

    /** {@return the deadline's name and span, such as {@code requestTimeout (60 s)}} */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return "Deadline[" + name + ", " + format(remaining()) + " left]";
    }

    /** {@return {@code d} in nanoseconds, saturated at about 146 years; negative spans count as zero} */
    static long nanos(Duration d) {
        if (d.isNegative()) {
            return 0;
        }
        return d.getSeconds() >= MAX_NANOS / 1_000_000_000L ? MAX_NANOS : Math.min(MAX_NANOS, d.toNanos());
    }

    /** {@return {@code d} for people: {@code 250 ms}, {@code 60 s}} */
    static String format(Duration d) {
        long millis = nanos(d) / 1_000_000L;
        return millis < 10_000 && millis % 1000 != 0 ? millis + " ms" : millis / 1000 + " s";
    }
}
