package ado.model.core;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.internal.Checks;
import java.util.Objects;
import java.util.UUID;

/**
 * A team of a project.
 *
 * @param id          the team id
 * @param name        the team name
 * @param url         the REST URL, or {@code null}
 * @param description the description, or {@code null}
 * @param identityUrl the URL of the team's identity, or {@code null}
 * @param projectName the project name, or {@code null}
 * @param projectId   the project id, or {@code null}
 * @param other       members ado4j does not model; never {@code null}
 */
public record WebApiTeam(UUID id, String name, String url, String description, String identityUrl,
                         String projectName, UUID projectId, @JsonUnmapped JsonObject other) {

    /**
     * Checks {@code id} and {@code name}.
     *
     * @param id          the team id
     * @param name        the team name
     * @param url         the REST URL, or {@code null}
     * @param description the description, or {@code null}
     * @param identityUrl the URL of the team's identity, or {@code null}
     * @param projectName the project name, or {@code null}
     * @param projectId   the project id, or {@code null}
     * @param other       members ado4j does not model; never {@code null}
     * @throws NullPointerException     if {@code id} or {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public WebApiTeam {
        other = other == null ? JsonObject.EMPTY : other;
        Objects.requireNonNull(id, "id == null");
        Checks.nonBlank(name, "name");
    }
}
