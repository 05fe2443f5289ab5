package ado.model.distributedtask;

import java.util.Objects;
import java.util.UUID;

/**
 * The {@code projectReference} of a variable group's or service endpoint's project reference: which project the
 * resource is shared into.
 *
 * @param id   the project id
 * @param name the project name, or {@code null}
 */
public record ProjectReference(UUID id, String name) {

    /**
     * Checks that {@code id} is present.
     *
     * @param id   the project id
     * @param name the project name, or {@code null}
     * @throws NullPointerException if {@code id} is null
     */
    public ProjectReference {
        Objects.requireNonNull(id, "id == null");
    }
}
