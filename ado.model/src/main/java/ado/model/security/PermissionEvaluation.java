package ado.model.security;

import java.util.Objects;
import java.util.UUID;

/**
 * One question to {@link Permissions#evaluate}: does the caller have {@code permissions} on {@code token}?
 *
 * @param securityNamespaceId the namespace
 * @param token               the secured resource
 * @param permissions         the permission bits
 * @param value               the answer, {@code null} in a request
 */
public record PermissionEvaluation(UUID securityNamespaceId, String token, long permissions, Boolean value) {

    /** Checks the namespace, token and bits. */
    public PermissionEvaluation {
        Objects.requireNonNull(securityNamespaceId, "securityNamespaceId == null");
        AccessControlLists.token(token);
        if (permissions <= 0) {
            throw new IllegalArgumentException("permissions must be positive bits: " + permissions);
        }
    }

    /** {@return a question, without answer} */
    public static PermissionEvaluation of(UUID namespaceId, String token, long permissions) {
        return new PermissionEvaluation(namespaceId, token, permissions, null);
    }
}
