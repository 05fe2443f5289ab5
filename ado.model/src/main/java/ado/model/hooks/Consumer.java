package ado.model.hooks;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.internal.Copies;
import java.util.List;

/**
 * A service hook consumer (such as {@code webHooks}).
 *
 * @param id          the consumer id
 * @param name        its display name
 * @param description what it is, or {@code null}
 * @param actions     its actions; empty when absent
 * @param other       members ado4j does not model; never {@code null}
 */
public record Consumer(String id, String name, String description, List<ConsumerAction> actions,
                       @JsonUnmapped JsonObject other) {

    /**
     * Checks the id and copies the actions.
     *
     * @param id          the consumer id
     * @param name        its display name
     * @param description what it is, or {@code null}
     * @param actions     its actions; empty when absent
     * @param other       members ado4j does not model; never {@code null}
     * @throws NullPointerException     if {@code id} is null
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public Consumer {
        other = other == null ? JsonObject.EMPTY : other;
        ado.model.internal.Checks.nonBlank(id, "id");
        actions = Copies.list(actions, "actions");
    }
}
