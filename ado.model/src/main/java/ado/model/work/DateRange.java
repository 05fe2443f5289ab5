package ado.model.work;

import java.time.Instant;
import java.util.Objects;

/**
 * Days off: a range of days, both ends included.
 *
 * @param start the first day
 * @param end   the last day
 */
public record DateRange(Instant start, Instant end) {

    /**
     * Checks that the range is present and not reversed.
     *
     * @param start the first day
     * @param end   the last day
     * @throws NullPointerException     if {@code start} or {@code end} is null
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public DateRange {
        Objects.requireNonNull(start, "start == null");
        Objects.requireNonNull(end, "end == null");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end must not be before start: " + start + " > " + end);
        }
    }
}
