package ado.model.distributedtask;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.IdentityRef;
import ado.model.internal.Copies;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An agent pool of the organisation.
 *
 * @param id        the id, positive
 * @param name      the name
 * @param scope     the scope id, or {@code null}
 * @param isHosted  whether Microsoft hosts its agents, or {@code null}
 * @param poolType  {@code automation} or {@code deployment}, or {@code null}
 * @param size      the number of agents, or {@code null}
 * @param createdBy who created it, or {@code null}
 * @param createdOn when, or {@code null}
 * @param other     the members ado4j does not model; empty when none
 */
public record TaskAgentPool(int id, String name, UUID scope, Boolean isHosted, String poolType, Integer size,
                            IdentityRef createdBy, Instant createdOn, @JsonUnmapped JsonObject other) {

    /**
     * Checks the id and name.
     *
     * @param id        the id, positive
     * @param name      the name
     * @param scope     the scope id, or {@code null}
     * @param isHosted  whether Microsoft hosts its agents, or {@code null}
     * @param poolType  {@code automation} or {@code deployment}, or {@code null}
     * @param size      the number of agents, or {@code null}
     * @param createdBy who created it, or {@code null}
     * @param createdOn when, or {@code null}
     * @param other     the members ado4j does not model; empty when none
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if {@code id} is not positive
     */
    public TaskAgentPool {
        Copies.positive(id, "id");
        Objects.requireNonNull(name, "name == null");
        other = other == null ? JsonObject.EMPTY : other;
    }
}
