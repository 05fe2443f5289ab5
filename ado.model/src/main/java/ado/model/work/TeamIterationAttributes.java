package ado.model.work;

import java.time.Instant;

/**
 * The dates of a team's sprint.
 *
 * @param startDate  the first day, or {@code null} when unscheduled
 * @param finishDate the last day, or {@code null} when unscheduled
 * @param timeFrame  past, current or future, or {@code null}
 */
public record TeamIterationAttributes(Instant startDate, Instant finishDate, TimeFrame timeFrame) {
}
