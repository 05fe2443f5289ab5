package ado.model.security;

import ado.model.internal.Checks;
import java.util.UUID;

/**
 * One permission of a security namespace.
 *
 * @param bit         the permission's bit
 * @param name        the name, such as {@code GenericContribute}
 * @param displayName the name to show, such as {@code Contribute}
 * @param namespaceId the namespace, or {@code null}
 */
public record ActionDefinition(long bit, String name, String displayName, UUID namespaceId) {

    /**
     * Checks the name and that the bit is positive.
     *
     * @param bit         the permission's bit
     * @param name        the name, such as {@code GenericContribute}
     * @param displayName the name to show, such as {@code Contribute}
     * @param namespaceId the namespace, or {@code null}
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank or {@code bit} is not positive
     */
    public ActionDefinition {
        Checks.nonBlank(name, "name");
        if (bit <= 0) {
            throw new IllegalArgumentException("bit must be positive: " + bit);
        }
    }
}
