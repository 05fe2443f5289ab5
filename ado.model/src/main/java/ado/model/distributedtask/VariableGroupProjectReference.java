package ado.model.distributedtask;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.internal.Checks;
import java.util.UUID;

/**
 * A project a variable group is shared into, with the group's name and description there.
 *
 * @param projectReference the project
 * @param name             the group's name in that project
 * @param description      the group's description in that project, or {@code null}
 * @param other            the members ado4j does not model; empty when none
 */
public record VariableGroupProjectReference(ProjectReference projectReference, String name, String description,
                                            @JsonUnmapped JsonObject other) {

    /**
     * Checks that the project and name are present.
     *
     * @param projectReference the project
     * @param name             the group's name in that project
     * @param description      the group's description in that project, or {@code null}
     * @param other            the members ado4j does not model; empty when none
     * @throws NullPointerException     if {@code projectReference} or {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public VariableGroupProjectReference {
        java.util.Objects.requireNonNull(projectReference, "projectReference == null");
        Checks.nonBlank(name, "name");
        other = other == null ? JsonObject.EMPTY : other;
    }

    /**
     * {@return a reference to project {@code projectId} naming the group {@code name}}
     *
     * @param projectId   the project id
     * @param name        the group's name in that project
     * @param description its description there, or {@code null}
     * @throws NullPointerException     if {@code projectId} or {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static VariableGroupProjectReference of(UUID projectId, String name, String description) {
        return new VariableGroupProjectReference(new ProjectReference(projectId, null), name, description, null);
    }
}
