package ado.model.security;

import ado.core.json.JsonObject;
import java.util.Objects;

/**
 * One identity's permissions on a token: bit masks of allowed and denied actions of the security namespace.
 *
 * @param descriptor   the identity descriptor, such as {@code Microsoft.TeamFoundation.Identity;S-1-9-...}
 * @param allow        the allowed action bits
 * @param deny         the denied action bits
 * @param extendedInfo effective and inherited permissions when asked for with {@code includeExtendedInfo}, or
 *                     {@code null}
 */
public record AccessControlEntry(String descriptor, long allow, long deny, JsonObject extendedInfo) {

    /**
     * Checks that the descriptor is present and not blank.
     *
     * @param descriptor   the identity descriptor, such as {@code Microsoft.TeamFoundation.Identity;S-1-9-...}
     * @param allow        the allowed action bits
     * @param deny         the denied action bits
     * @param extendedInfo effective and inherited permissions when asked for with {@code includeExtendedInfo}, or
     *                     {@code null}
     * @throws NullPointerException     if {@code descriptor} is null
     * @throws IllegalArgumentException if {@code descriptor} is blank
     */
    public AccessControlEntry {
        Objects.requireNonNull(descriptor, "descriptor == null");
        if (descriptor.isBlank()) {
            throw new IllegalArgumentException("descriptor must not be blank");
        }
    }

    /**
     * {@return whether every bit of {@code permission} is allowed and none denied}
     *
     * @param permission the permission bits, such as {@code GitPermission.FORCE_PUSH.bit()}
     */
    public boolean allows(long permission) {
        return (allow & permission) == permission && (deny & permission) == 0;
    }
}
