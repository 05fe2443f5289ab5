package ado.model.graph;

import java.util.Objects;
import java.util.UUID;

/**
 * What to add as a Graph user: a directory user by principal name (UPN) or by object id (OID), optionally with the
 * storage key to give it. Exactly one of {@code principalName} and {@code originId} is set.
 *
 * @param principalName the user's sign-in name, or {@code null}
 * @param originId      the directory object id, or {@code null}
 * @param storageKey    the storage key to use, or {@code null} for a new one
 */
public record GraphUserCreation(String principalName, String originId, UUID storageKey) {

    /**
     * Checks that exactly one of principal name and origin id is given.
     *
     * @param principalName the user's sign-in name, or {@code null}
     * @param originId      the directory object id, or {@code null}
     * @param storageKey    the storage key to use, or {@code null} for a new one
     * @throws IllegalArgumentException unless exactly one of {@code principalName} and {@code originId} is given (not
     *                                  blank)
     */
    public GraphUserCreation {
        if ((principalName == null || principalName.isBlank()) == (originId == null || originId.isBlank())) {
            throw new IllegalArgumentException("exactly one of principalName and originId must be given: "
                    + principalName + ", " + originId);
        }
    }

    /**
     * {@return a user by sign-in name}
     *
     * @param principalName the user's sign-in name (UPN), such as {@code jamal@fabrikam.com}
     * @throws NullPointerException     if {@code principalName} is null
     * @throws IllegalArgumentException if {@code principalName} is blank
     */
    public static GraphUserCreation byPrincipalName(String principalName) {
        return new GraphUserCreation(Objects.requireNonNull(principalName, "principalName == null"), null, null);
    }

    /**
     * {@return a user by directory object id}
     *
     * @param originId the user's object id (OID) in the directory
     * @throws NullPointerException     if {@code originId} is null
     * @throws IllegalArgumentException if {@code originId} is blank
     */
    public static GraphUserCreation byOriginId(String originId) {
        return new GraphUserCreation(null, Objects.requireNonNull(originId, "originId == null"), null);
    }

    /**
     * {@return this creation with storage key {@code storageKey}}
     *
     * @param storageKey the storage key to give the user
     * @throws NullPointerException if {@code storageKey} is null
     */
    public GraphUserCreation withStorageKey(UUID storageKey) {
        return new GraphUserCreation(principalName, originId, Objects.requireNonNull(storageKey,
                "storageKey == null"));
    }
}
