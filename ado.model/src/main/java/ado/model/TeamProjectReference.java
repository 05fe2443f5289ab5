package ado.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A short reference to a project, as embedded in repositories and other resources.
 *
 * @param id                  the project id
 * @param name                the project name
 * @param description         the description, or {@code null}
 * @param url                 the REST URL, or {@code null}
 * @param state               the lifecycle state, or {@code null}
 * @param revision            the project revision, or {@code null}
 * @param visibility          the visibility, or {@code null}
 * @param lastUpdateTime      when the project last changed, or {@code null}
 * @param abbreviation        the abbreviation, or {@code null}
 * @param defaultTeamImageUrl the default team's image URL, or {@code null}
 */
public record TeamProjectReference(
        UUID id,
        String name,
        String description,
        String url,
        ProjectState state,
        Long revision,
        ProjectVisibility visibility,
        Instant lastUpdateTime,
        String abbreviation,
        String defaultTeamImageUrl) {

    /**
     * Checks that {@code id} and {@code name} are present.
     *
     * @param id                  the project id
     * @param name                the project name
     * @param description         the description, or {@code null}
     * @param url                 the REST URL, or {@code null}
     * @param state               the lifecycle state, or {@code null}
     * @param revision            the project revision, or {@code null}
     * @param visibility          the visibility, or {@code null}
     * @param lastUpdateTime      when the project last changed, or {@code null}
     * @param abbreviation        the abbreviation, or {@code null}
     * @param defaultTeamImageUrl the default team's image URL, or {@code null}
     * @throws NullPointerException if {@code id} or {@code name} is null
     */
    public TeamProjectReference {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(name, "name == null");
    }
}
