package ado.model.hooks;

import ado.model.internal.Copies;
import java.util.List;

/**
 * A service hook publisher (such as {@code tfs}).
 *
 * @param id              the publisher id
 * @param name            its display name
 * @param description     what it is, or {@code null}
 * @param supportedEvents the events it raises; empty when absent
 */
public record Publisher(String id, String name, String description, List<EventTypeDescriptor> supportedEvents) {

    /** Checks the id and copies the events. */
    public Publisher {
        ado.model.internal.Checks.nonBlank(id, "id");
        supportedEvents = Copies.list(supportedEvents, "supportedEvents");
    }
}
