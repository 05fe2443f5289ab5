package ado.model.git;

import ado.model.internal.Checks;

/**
 * An object an annotated tag points at.
 *
 * @param objectId   the object id
 * @param objectType the object type, or {@code null}
 */
public record GitObjectRef(String objectId, GitObjectType objectType) {

    /**
     * Checks the id.
     *
     * @param objectId   the object id
     * @param objectType the object type, or {@code null}
     * @throws NullPointerException     if {@code objectId} is null
     * @throws IllegalArgumentException if {@code objectId} is not a SHA-1
     */
    public GitObjectRef {
        Checks.sha(objectId, "objectId");
    }
}
