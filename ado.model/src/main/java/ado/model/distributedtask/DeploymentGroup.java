package ado.model.distributedtask;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.internal.Copies;
import java.util.Objects;

/**
 * A deployment group (classic release): the machines of a deployment pool, used by one project.
 *
 * @param id           the id, positive
 * @param name         the name
 * @param description  the description, or {@code null}
 * @param machineCount the number of machines (targets), or {@code null}
 * @param project      the project, or {@code null}
 * @param pool         the deployment pool behind it, or {@code null}
 * @param other        the members ado4j does not model (such as {@code machines}); empty when none
 */
public record DeploymentGroup(int id, String name, String description, Integer machineCount,
                              ProjectReference project, TaskAgentPool pool, @JsonUnmapped JsonObject other) {

    /**
     * Checks the id and name.
     *
     * @param id           the id, positive
     * @param name         the name
     * @param description  the description, or {@code null}
     * @param machineCount the number of machines (targets), or {@code null}
     * @param project      the project, or {@code null}
     * @param pool         the deployment pool behind it, or {@code null}
     * @param other        the members ado4j does not model (such as {@code machines}); empty when none
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if {@code id} is not positive
     */
    public DeploymentGroup {
        Copies.positive(id, "id");
        Objects.requireNonNull(name, "name == null");
        other = other == null ? JsonObject.EMPTY : other;
    }
}
