package ado.model.core;

import ado.core.json.JsonName;
import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.ProjectState;
import ado.model.ProjectVisibility;
import ado.model.ReferenceLink;
import ado.model.TeamProjectReference;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A project as {@code GET _apis/projects/{id}} returns it.
 *
 * @param id             the project id
 * @param name           the project name
 * @param description    the description, or {@code null}
 * @param url            the REST URL, or {@code null}
 * @param state          the lifecycle state, or {@code null}
 * @param revision       the revision, or {@code null}
 * @param visibility     the visibility, or {@code null}
 * @param lastUpdateTime when the project last changed, or {@code null}
 * @param defaultTeam    the default team, or {@code null} (lists leave it out)
 * @param capabilities   capability groups such as {@code processTemplate} ({@code ?includeCapabilities=true});
 *                       empty when not sent
 * @param links          the {@code _links} map; empty when not sent
 * @param other          members ado4j does not model; never {@code null}
 */
public record TeamProject(
        UUID id,
        String name,
        String description,
        String url,
        ProjectState state,
        Long revision,
        ProjectVisibility visibility,
        Instant lastUpdateTime,
        WebApiTeamRef defaultTeam,
        Map<String, Map<String, String>> capabilities,
        @JsonName("_links") Map<String, ReferenceLink> links, @JsonUnmapped JsonObject other) {

    /**
     * Checks {@code id} and {@code name} and copies the maps.
     *
     * @param id             the project id
     * @param name           the project name
     * @param description    the description, or {@code null}
     * @param url            the REST URL, or {@code null}
     * @param state          the lifecycle state, or {@code null}
     * @param revision       the revision, or {@code null}
     * @param visibility     the visibility, or {@code null}
     * @param lastUpdateTime when the project last changed, or {@code null}
     * @param defaultTeam    the default team, or {@code null} (lists leave it out)
     * @param capabilities   capability groups such as {@code processTemplate} ({@code ?includeCapabilities=true});
     *                       empty when not sent
     * @param links          the {@code _links} map; empty when not sent
     * @param other          members ado4j does not model; never {@code null}
     * @throws NullPointerException     if {@code id} or {@code name} is null or {@code capabilities} or {@code links}
     *                                  contains null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public TeamProject {
        other = other == null ? JsonObject.EMPTY : other;
        Objects.requireNonNull(id, "id == null");
        Checks.nonBlank(name, "name");
        capabilities = Copies.map(capabilities, "capabilities");
        links = Copies.map(links, "links");
    }

    /** {@return this project as the short reference other resources embed} */
    public TeamProjectReference reference() {
        return new TeamProjectReference(id, name, description, url, state, revision, visibility, lastUpdateTime,
                null, null);
    }
}
