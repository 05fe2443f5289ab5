package ado.model.core;

import java.util.Objects;
import java.util.UUID;

/**
 * A short reference to a team, as a project's {@code defaultTeam} carries it.
 *
 * @param id   the team id
 * @param name the team name, or {@code null}
 * @param url  the REST URL, or {@code null}
 */
public record WebApiTeamRef(UUID id, String name, String url) {

    /**
     * Checks that {@code id} is present.
     *
     * @param id   the team id
     * @param name the team name, or {@code null}
     * @param url  the REST URL, or {@code null}
     * @throws NullPointerException if {@code id} is null
     */
    public WebApiTeamRef {
        Objects.requireNonNull(id, "id == null");
    }
}
