package ado.model.wit;

import java.time.Instant;

/**
 * The dates of an iteration node ({@code attributes}); areas have none.
 *
 * @param startDate  the first day, or {@code null}
 * @param finishDate the last day, or {@code null}
 */
public record ClassificationNodeAttributes(Instant startDate, Instant finishDate) {

    /**
     * Checks that the finish is not before the start.
     *
     * @param startDate  the first day, or {@code null}
     * @param finishDate the last day, or {@code null}
     * @throws IllegalArgumentException if {@code finishDate} is before {@code startDate}
     */
    public ClassificationNodeAttributes {
        if (startDate != null && finishDate != null && finishDate.isBefore(startDate)) {
            throw new IllegalArgumentException("finishDate must not be before startDate: " + startDate + " > "
                    + finishDate);
        }
    }
}
