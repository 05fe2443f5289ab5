package ado.model.hooks;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;

/**
 * An action of a consumer (such as {@code httpRequest} of {@code webHooks}).
 *
 * @param id          the action id
 * @param name        its display name
 * @param consumerId  its consumer, or {@code null}
 * @param description what it does, or {@code null}
 * @param other       members ado4j does not model; never {@code null}
 */
public record ConsumerAction(String id, String name, String consumerId, String description,
                             @JsonUnmapped JsonObject other) {

    /**
     * Checks the id.
     *
     * @param id          the action id
     * @param name        its display name
     * @param consumerId  its consumer, or {@code null}
     * @param description what it does, or {@code null}
     * @param other       members ado4j does not model; never {@code null}
     * @throws NullPointerException     if {@code id} is null
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public ConsumerAction {
        other = other == null ? JsonObject.EMPTY : other;
        ado.model.internal.Checks.nonBlank(id, "id");
    }
}
