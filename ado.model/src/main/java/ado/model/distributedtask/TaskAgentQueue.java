package ado.model.distributedtask;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.internal.Copies;
import java.util.Objects;
import java.util.UUID;

/**
 * An agent queue: a project's link to an agent pool.
 *
 * @param id        the id, positive
 * @param name      the name
 * @param projectId the project id, or {@code null}
 * @param pool      the pool reference {@code {id, name, isHosted, ...}}, or {@code null}
 * @param other     the members ado4j does not model; empty when none
 */
public record TaskAgentQueue(int id, String name, UUID projectId, JsonObject pool, @JsonUnmapped JsonObject other) {

    /**
     * Checks the id and name.
     *
     * @param id        the id, positive
     * @param name      the name
     * @param projectId the project id, or {@code null}
     * @param pool      the pool reference {@code {id, name, isHosted, ...}}, or {@code null}
     * @param other     the members ado4j does not model; empty when none
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if {@code id} is not positive
     */
    public TaskAgentQueue {
        Copies.positive(id, "id");
        Objects.requireNonNull(name, "name == null");
        other = other == null ? JsonObject.EMPTY : other;
    }
}
