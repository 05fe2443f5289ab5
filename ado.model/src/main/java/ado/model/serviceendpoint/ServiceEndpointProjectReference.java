package ado.model.serviceendpoint;

import ado.model.distributedtask.ProjectReference;
import ado.model.internal.Checks;
import java.util.Objects;
import java.util.UUID;

/**
 * A project a service endpoint is shared into, with the endpoint's name and description there.
 *
 * @param projectReference the project
 * @param name             the endpoint's name in that project
 * @param description      its description there, or {@code null}
 */
public record ServiceEndpointProjectReference(ProjectReference projectReference, String name, String description) {

    /**
     * Checks the project and name.
     *
     * @param projectReference the project
     * @param name             the endpoint's name in that project
     * @param description      its description there, or {@code null}
     * @throws NullPointerException     if {@code projectReference} or {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public ServiceEndpointProjectReference {
        Objects.requireNonNull(projectReference, "projectReference == null");
        Checks.nonBlank(name, "name");
    }

    /**
     * {@return a reference to project {@code projectId} naming the endpoint {@code name}}
     *
     * @param projectId the project id
     * @param name      the endpoint's name in that project
     * @throws NullPointerException     if {@code projectId} or {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static ServiceEndpointProjectReference of(UUID projectId, String name) {
        return new ServiceEndpointProjectReference(new ProjectReference(projectId, null), name, null);
    }
}
