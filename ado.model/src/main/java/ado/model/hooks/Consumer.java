package ado.model.hooks;

import ado.model.internal.Copies;
import java.util.List;

/**
 * A service hook consumer (such as {@code webHooks}).
 *
 * @param id          the consumer id
 * @param name        its display name
 * @param description what it is, or {@code null}
 * @param actions     its actions; empty when absent
 */
public record Consumer(String id, String name, String description, List<ConsumerAction> actions) {

    /** Checks the id and copies the actions. */
    public Consumer {
        ado.model.internal.Checks.nonBlank(id, "id");
        actions = Copies.list(actions, "actions");
    }
}
