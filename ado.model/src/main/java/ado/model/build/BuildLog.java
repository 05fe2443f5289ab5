package ado.model.build;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import java.time.Instant;

/**
 * A log of a build.
 *
 * @param id            the log id, from 1
 * @param type          the type, such as Container
 * @param url           the REST URL of its lines
 * @param lineCount     the number of lines
 * @param createdOn     when it was created
 * @param lastChangedOn when it last changed
 * @param other         members ado4j does not model; never {@code null}
 */
public record BuildLog(int id, String type, String url, Long lineCount, Instant createdOn, Instant lastChangedOn,
                       @JsonUnmapped JsonObject other) {

    /**
     * Defaults {@code other} to empty.
     *
     * @param id            the log id, from 1
     * @param type          the type, such as Container
     * @param url           the REST URL of its lines
     * @param lineCount     the number of lines
     * @param createdOn     when it was created
     * @param lastChangedOn when it last changed
     * @param other         members ado4j does not model; never {@code null}
     */
    public BuildLog {
        other = other == null ? JsonObject.EMPTY : other;
    }
}
