package ado.model.policy;

import java.util.Objects;
import java.util.UUID;

/**
 * A kind of policy the project supports ({@code _apis/policy/types}).
 *
 * @param id          the type id
 * @param displayName the type's name
 * @param description what it enforces, or {@code null}
 * @param url         its API URL, or {@code null}
 */
public record PolicyType(UUID id, String displayName, String description, String url) {

    /**
     * Checks the id.
     *
     * @param id          the type id
     * @param displayName the type's name
     * @param description what it enforces, or {@code null}
     * @param url         its API URL, or {@code null}
     * @throws NullPointerException if {@code id} is null
     */
    public PolicyType {
        Objects.requireNonNull(id, "id == null");
    }
}
