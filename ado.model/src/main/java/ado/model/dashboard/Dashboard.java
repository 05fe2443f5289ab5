package ado.model.dashboard;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.List;
import java.util.UUID;

/**
 * A dashboard of a team or project.
 *
 * @param id              the dashboard id, or {@code null} before creation
 * @param name            its name
 * @param description     its description, or {@code null}
 * @param eTag            its version, sent back on replace, or {@code null}
 * @param groupId         the team (or project) that owns it, or {@code null}
 * @param ownerId         the owner id, or {@code null}
 * @param position        its position in the list, or {@code null}
 * @param refreshInterval minutes between refreshes, or {@code null}
 * @param dashboardScope  {@code project_Team} or {@code project}, or {@code null}
 * @param widgets         its widgets (only in single reads); empty when absent
 * @param url             its API URL, or {@code null}
 * @param other           members ado4j does not model; never {@code null}
 */
public record Dashboard(UUID id, String name, String description, String eTag, UUID groupId, UUID ownerId,
                        Integer position, Integer refreshInterval, String dashboardScope, List<Widget> widgets,
                        String url, @JsonUnmapped JsonObject other) {

    /**
     * Checks the name and copies the widgets.
     *
     * @param id              the dashboard id, or {@code null} before creation
     * @param name            its name
     * @param description     its description, or {@code null}
     * @param eTag            its version, sent back on replace, or {@code null}
     * @param groupId         the team (or project) that owns it, or {@code null}
     * @param ownerId         the owner id, or {@code null}
     * @param position        its position in the list, or {@code null}
     * @param refreshInterval minutes between refreshes, or {@code null}
     * @param dashboardScope  {@code project_Team} or {@code project}, or {@code null}
     * @param widgets         its widgets (only in single reads); empty when absent
     * @param url             its API URL, or {@code null}
     * @param other           members ado4j does not model; never {@code null}
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Dashboard {
        other = other == null ? JsonObject.EMPTY : other;
        Checks.nonBlank(name, "name");
        widgets = Copies.list(widgets, "widgets");
    }
}
