package ado.model.policy;

import java.util.Objects;
import java.util.UUID;

/**
 * The policy type a configuration belongs to.
 *
 * @param id          the type id
 * @param displayName the type's name, or {@code null}
 * @param url         the type's API URL, or {@code null}
 */
public record PolicyTypeRef(UUID id, String displayName, String url) {

    /**
     * Checks the id.
     *
     * @param id          the type id
     * @param displayName the type's name, or {@code null}
     * @param url         the type's API URL, or {@code null}
     * @throws NullPointerException if {@code id} is null
     */
    public PolicyTypeRef {
        Objects.requireNonNull(id, "id == null");
    }
}
