package ado.model.hooks;

/**
 * An event a publisher raises.
 *
 * @param id          the event type, such as {@code git.push}
 * @param name        its display name
 * @param description what it is, or {@code null}
 * @param publisherId the publisher, or {@code null}
 */
public record EventTypeDescriptor(String id, String name, String description, String publisherId) {

    /** Checks the id. */
    public EventTypeDescriptor {
        ado.model.internal.Checks.nonBlank(id, "id");
    }
}
