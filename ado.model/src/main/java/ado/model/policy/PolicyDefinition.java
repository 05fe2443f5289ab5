package ado.model.policy;

import ado.core.json.JsonObject;
import java.util.Objects;

/**
 * What to create or replace a policy configuration with.
 *
 * @param settings   the typed settings (their type is the configuration's type)
 * @param isEnabled  whether it is enforced
 * @param isBlocking whether it blocks completion
 */
public record PolicyDefinition(PolicySettings settings, boolean isEnabled, boolean isBlocking) {

    /**
     * Checks the settings.
     *
     * @param settings   the typed settings (their type is the configuration's type)
     * @param isEnabled  whether it is enforced
     * @param isBlocking whether it blocks completion
     * @throws NullPointerException if {@code settings} is null
     */
    public PolicyDefinition {
        Objects.requireNonNull(settings, "settings == null");
    }

    /**
     * {@return an enabled, blocking policy with {@code settings}}
     *
     * @param settings the typed settings
     * @throws NullPointerException if {@code settings} is null
     */
    public static PolicyDefinition blocking(PolicySettings settings) {
        return new PolicyDefinition(settings, true, true);
    }

    /** {@return the request body ADO expects} */
    public JsonObject toJson() {
        return JsonObject.builder().put("isEnabled", isEnabled).put("isBlocking", isBlocking)
                .put("type", JsonObject.builder().put("id", settings.typeId().toString()).build())
                .put("settings", settings.toJson()).build();
    }
}
