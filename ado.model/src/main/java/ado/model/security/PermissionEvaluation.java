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

    /**
     * Checks the namespace, token and bits.
     *
     * @param securityNamespaceId the namespace
     * @param token               the secured resource
     * @param permissions         the permission bits
     * @param value               the answer, {@code null} in a request
     * @throws NullPointerException     if {@code securityNamespaceId} or {@code token} is null
     * @throws IllegalArgumentException if {@code token} is blank or {@code permissions} is not positive
     */
    public PermissionEvaluation {
        Objects.requireNonNull(securityNamespaceId, "securityNamespaceId == null");
        AccessControlLists.token(token);
        if (permissions <= 0) {
            throw new IllegalArgumentException("permissions must be positive bits: " + permissions);
        }
    }

    /**
     * {@return a question, without answer}
     *
     * @param namespaceId the security namespace
     * @param token       the secured resource's token in that namespace
     * @param permissions the permission bits to ask about, positive
     * @throws NullPointerException     if {@code namespaceId} or {@code token} is null
     * @throws IllegalArgumentException if {@code token} is blank or {@code permissions} is not positive
     */
    public static PermissionEvaluation of(UUID namespaceId, String token, long permissions) {
        return new PermissionEvaluation(namespaceId, token, permissions, null);
    }
}
