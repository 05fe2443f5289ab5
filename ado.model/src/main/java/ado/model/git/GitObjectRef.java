package ado.model.git;

import ado.model.internal.Checks;

/**
 * An object an annotated tag points at.
 *
 * @param objectId   the object id
 * @param objectType the object type, or {@code null}
 */
public record GitObjectRef(String objectId, GitObjectType objectType) {

    /** Checks the id. */
    public GitObjectRef {
        Checks.sha(objectId, "objectId");
    }
}
