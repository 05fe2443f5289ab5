package ado.model.core;

import java.util.Objects;
import java.util.UUID;

/**
 * What {@code GET _apis/connectionData} says about the connection.
 *
 * @param authenticatedUser the identity the credentials authenticate
 * @param authorizedUser    the identity requests act as, or {@code null}
 * @param instanceId        the organisation's instance id, or {@code null}
 * @param deploymentId      the deployment id, or {@code null}
 * @param deploymentType    the deployment type ({@code hosted}, {@code onPremises}), or {@code null}
 */
public record ConnectionInfo(ConnectionIdentity authenticatedUser, ConnectionIdentity authorizedUser,
                             UUID instanceId, UUID deploymentId, String deploymentType) {

    /**
     * Checks that {@code authenticatedUser} is present.
     *
     * @param authenticatedUser the identity the credentials authenticate
     * @param authorizedUser    the identity requests act as, or {@code null}
     * @param instanceId        the organisation's instance id, or {@code null}
     * @param deploymentId      the deployment id, or {@code null}
     * @param deploymentType    the deployment type ({@code hosted}, {@code onPremises}), or {@code null}
     * @throws NullPointerException if {@code authenticatedUser} is null
     */
    public ConnectionInfo {
        Objects.requireNonNull(authenticatedUser, "authenticatedUser == null");
    }
}
