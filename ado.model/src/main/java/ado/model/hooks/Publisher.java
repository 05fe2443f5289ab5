package ado.model.hooks;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.internal.Copies;
import java.util.List;

/**
 * A service hook publisher (such as {@code tfs}).
 *
 * @param id              the publisher id
 * @param name            its display name
 * @param description     what it is, or {@code null}
 * @param supportedEvents the events it raises; empty when absent
 * @param other           members ado4j does not model; never {@code null}
 */
public record Publisher(String id, String name, String description, List<EventTypeDescriptor> supportedEvents,
                        @JsonUnmapped JsonObject other) {

    /**
     * Checks the id and copies the events.
     *
     * @param id              the publisher id
     * @param name            its display name
     * @param description     what it is, or {@code null}
     * @param supportedEvents the events it raises; empty when absent
     * @param other           members ado4j does not model; never {@code null}
     * @throws NullPointerException     if {@code id} is null
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public Publisher {
        other = other == null ? JsonObject.EMPTY : other;
        ado.model.internal.Checks.nonBlank(id, "id");
        supportedEvents = Copies.list(supportedEvents, "supportedEvents");
    }
}
