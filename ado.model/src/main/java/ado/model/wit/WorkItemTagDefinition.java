package ado.model.wit;

import java.time.Instant;
import java.util.UUID;

/**
 * A tag used by work items of a project.
 *
 * @param id          the tag id, or {@code null}
 * @param name        the tag, with the casing it was first used with
 * @param url         the REST URL, or {@code null}
 * @param lastUpdated when it was last used, or {@code null}
 */
public record WorkItemTagDefinition(UUID id, String name, String url, Instant lastUpdated) {

    /**
     * Checks that {@code name} is present.
     *
     * @param id          the tag id, or {@code null}
     * @param name        the tag, with the casing it was first used with
     * @param url         the REST URL, or {@code null}
     * @param lastUpdated when it was last used, or {@code null}
     * @throws NullPointerException if {@code name} is null
     */
    public WorkItemTagDefinition {
        java.util.Objects.requireNonNull(name, "name == null");
    }
}
