package ado.model.build;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;

/**
 * A reference to a log: a build's log container ({@code type} Container, {@code url}) or a timeline record's log
 * ({@code id}, {@code location} in the task plane).
 *
 * @param id       the log id (0 for the container)
 * @param type     the type, such as Container
 * @param url      the REST URL
 * @param location the task plane's URL
 * @param other    members ado4j does not model; never {@code null}
 */
public record LogReference(Integer id, String type, String url, String location, @JsonUnmapped JsonObject other) {

    /**
     * Defaults {@code other} to empty.
     *
     * @param id       the log id (0 for the container)
     * @param type     the type, such as Container
     * @param url      the REST URL
     * @param location the task plane's URL
     * @param other    members ado4j does not model; never {@code null}
     */
    public LogReference {
        other = other == null ? JsonObject.EMPTY : other;
    }

    /**
     * {@return a reference to log {@code id}, for a timeline record update}
     *
     * @param id the log id
     */
    public static LogReference of(int id) {
        return new LogReference(id, null, null, null, null);
    }
}
