package ado.model.hooks;

/**
 * An action of a consumer (such as {@code httpRequest} of {@code webHooks}).
 *
 * @param id          the action id
 * @param name        its display name
 * @param consumerId  its consumer, or {@code null}
 * @param description what it does, or {@code null}
 */
public record ConsumerAction(String id, String name, String consumerId, String description) {

    /** Checks the id. */
    public ConsumerAction {
        ado.model.internal.Checks.nonBlank(id, "id");
    }
}
