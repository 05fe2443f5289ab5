package ado.model.graph;

import ado.model.internal.Checks;

/**
 * A new Azure DevOps group.
 *
 * @param displayName the group's name
 * @param description the description, or {@code null}
 */
public record GraphGroupCreation(String displayName, String description) {

    /**
     * Checks the name.
     *
     * @param displayName the group's name
     * @param description the description, or {@code null}
     * @throws NullPointerException     if {@code displayName} is null
     * @throws IllegalArgumentException if {@code displayName} is blank
     */
    public GraphGroupCreation {
        Checks.nonBlank(displayName, "displayName");
    }
}
