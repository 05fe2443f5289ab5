package ado.model.distributedtask;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import java.time.Instant;

/**
 * A log of a plan. In a create request only {@code path} matters.
 *
 * @param id            the log id
 * @param path          a path naming the log, such as {@code logs\{recordId}}
 * @param lineCount     the number of lines
 * @param createdOn     when it was created
 * @param lastChangedOn when it last changed
 * @param location      the REST URL
 * @param other         members ado4j does not model; never {@code null}
 */
public record TaskLog(Integer id, String path, Long lineCount, Instant createdOn, Instant lastChangedOn,
                      String location, @JsonUnmapped JsonObject other) {

    /**
     * Defaults {@code other} to empty.
     *
     * @param id            the log id
     * @param path          a path naming the log, such as {@code logs\{recordId}}
     * @param lineCount     the number of lines
     * @param createdOn     when it was created
     * @param lastChangedOn when it last changed
     * @param location      the REST URL
     * @param other         members ado4j does not model; never {@code null}
     */
    public TaskLog {
        other = other == null ? JsonObject.EMPTY : other;
    }

    /**
     * {@return a create request for a log named {@code path}}
     *
     * @param path a path naming the log, such as {@code logs\{recordId}}
     * @throws NullPointerException     if {@code path} is null
     * @throws IllegalArgumentException if {@code path} is blank
     */
    public static TaskLog named(String path) {
        return new TaskLog(null, ado.model.internal.Checks.nonBlank(path, "path"), null, null, null, null, null);
    }
}
