package ado.model.distributedtask;

import ado.model.internal.Copies;
import java.util.List;

/**
 * Lines for a record's live feed (the console view of a running job).
 *
 * @param value     the lines
 * @param count     the number of lines
 * @param startLine the first line's number, or {@code null}
 * @param endLine   the last line's number, or {@code null}
 */
public record TimelineRecordFeedLines(List<String> value, Integer count, Long startLine, Long endLine) {

    /**
     * Copies the lines.
     *
     * @param value     the lines
     * @param count     the number of lines
     * @param startLine the first line's number, or {@code null}
     * @param endLine   the last line's number, or {@code null}
     */
    public TimelineRecordFeedLines {
        value = Copies.list(value, "value");
    }

    /**
     * {@return feed lines {@code lines}}
     *
     * @param lines the lines; {@code null} for none
     * @throws NullPointerException if one of {@code lines} is null
     */
    public static TimelineRecordFeedLines of(List<String> lines) {
        List<String> copy = Copies.list(lines, "lines");
        return new TimelineRecordFeedLines(copy, copy.size(), null, null);
    }
}
