package ado.model.core;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import java.util.Objects;
import java.util.UUID;

/**
 * The identity in connection data: who the credentials belong to.
 *
 * @param id                  the identity id (the storage key)
 * @param descriptor          the identity descriptor, or {@code null}
 * @param subjectDescriptor   the graph subject descriptor, or {@code null}
 * @param providerDisplayName the display name, or {@code null}
 * @param customDisplayName   the custom display name, or {@code null}
 * @param isActive            whether the identity is active, or {@code null}
 * @param other               members ado4j does not model; never {@code null}
 */
public record ConnectionIdentity(UUID id, String descriptor, String subjectDescriptor, String providerDisplayName,
                                 String customDisplayName, Boolean isActive, @JsonUnmapped JsonObject other) {

    /**
     * Checks that {@code id} is present.
     *
     * @param id                  the identity id (the storage key)
     * @param descriptor          the identity descriptor, or {@code null}
     * @param subjectDescriptor   the graph subject descriptor, or {@code null}
     * @param providerDisplayName the display name, or {@code null}
     * @param customDisplayName   the custom display name, or {@code null}
     * @param isActive            whether the identity is active, or {@code null}
     * @param other               members ado4j does not model; never {@code null}
     * @throws NullPointerException if {@code id} is null
     */
    public ConnectionIdentity {
        other = other == null ? JsonObject.EMPTY : other;
        Objects.requireNonNull(id, "id == null");
    }
}
