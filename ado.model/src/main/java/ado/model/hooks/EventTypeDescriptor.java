package ado.model.hooks;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;

/**
 * An event a publisher raises.
 *
 * @param id          the event type, such as {@code git.push}
 * @param name        its display name
 * @param description what it is, or {@code null}
 * @param publisherId the publisher, or {@code null}
 * @param other       members ado4j does not model; never {@code null}
 */
public record EventTypeDescriptor(String id, String name, String description, String publisherId,
                                  @JsonUnmapped JsonObject other) {

    /**
     * Checks the id.
     *
     * @param id          the event type, such as {@code git.push}
     * @param name        its display name
     * @param description what it is, or {@code null}
     * @param publisherId the publisher, or {@code null}
     * @param other       members ado4j does not model; never {@code null}
     * @throws NullPointerException     if {@code id} is null
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public EventTypeDescriptor {
        other = other == null ? JsonObject.EMPTY : other;
        ado.model.internal.Checks.nonBlank(id, "id");
    }
}
