package ado.model.git;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.internal.Checks;
import java.util.UUID;

/**
 * The outcome of one ref update. A 200 response can still hold failed updates: check {@link #success()}.
 *
 * @param repositoryId  the repository, or {@code null}
 * @param name          the full ref name
 * @param oldObjectId   the old id, or {@code null}
 * @param newObjectId   the new id, or {@code null}
 * @param isLocked      whether the ref is locked, or {@code null}
 * @param updateStatus  ADO's status ({@code succeeded}, {@code staleOldObjectId}, ...), or {@code null}
 * @param success       whether the update was applied
 * @param customMessage a message from a server plug-in, or {@code null}
 * @param other         members ado4j does not model; never {@code null}
 */
public record GitRefUpdateResult(UUID repositoryId, String name, String oldObjectId, String newObjectId,
                                 Boolean isLocked, String updateStatus, boolean success, String customMessage,
                                 @JsonUnmapped JsonObject other) {

    /**
     * Checks the name.
     *
     * @param repositoryId  the repository, or {@code null}
     * @param name          the full ref name
     * @param oldObjectId   the old id, or {@code null}
     * @param newObjectId   the new id, or {@code null}
     * @param isLocked      whether the ref is locked, or {@code null}
     * @param updateStatus  ADO's status ({@code succeeded}, {@code staleOldObjectId}, ...), or {@code null}
     * @param success       whether the update was applied
     * @param customMessage a message from a server plug-in, or {@code null}
     * @param other         members ado4j does not model; never {@code null}
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public GitRefUpdateResult {
        other = other == null ? JsonObject.EMPTY : other;
        Checks.nonBlank(name, "name");
    }
}
