package ado.oop;

import ado.model.serviceendpoint.ServiceEndpointProjectReference;
import ado.model.serviceendpoint.ServiceEndpoints;
import java.util.List;
import java.util.UUID;

/**
 * A service endpoint (service connection) shared into a project. Secret authorization parameters are never
 * readable. A new object per call.
 *
 * <p><b>Thread safety.</b> Thread-safe: its details load once even when threads ask together.
 */
public final class ServiceEndpoint {

    private final Project project;
    private final UUID id;
    private final Lazy<ado.model.serviceendpoint.ServiceEndpoint> info;

    ServiceEndpoint(Project project, UUID id) {
        this.project = project;
        this.id = id;
        this.info = new Lazy<>(() -> ServiceEndpoints.get(project.api(), id));
    }

    ServiceEndpoint(Project project, ado.model.serviceendpoint.ServiceEndpoint record) {
        this(project, record.id());
        info.set(record);
    }

    /** {@return the project} */
    public Project project() {
        return project;
    }

    /** {@return the id} */
    public UUID id() {
        return id;
    }

    /** {@return the name} */
    public String name() {
        return info().name();
    }

    /** {@return the type, such as {@code generic}, {@code github} or {@code azurerm}} */
    public String type() {
        return info().type();
    }

    /** {@return the endpoint, loaded on first use; secret parameters are {@code null}} */
    public ado.model.serviceendpoint.ServiceEndpoint info() {
        return info.get();
    }

    /** {@return this endpoint after loading it again} */
    public ServiceEndpoint refresh() {
        info.reload();
        return this;
    }

    /**
     * {@return this endpoint after sharing it into {@code other} under the same name}
     *
     * @param other the project to share with
     */
    public ServiceEndpoint shareWith(Project other) {
        ServiceEndpoints.share(project.organization().api(), id, List.of(
                ServiceEndpointProjectReference.of(other.id(), name())));
        return refresh();
    }

    /** Removes the endpoint from its project; Azure DevOps deletes it when no project is left. */
    public void delete() {
        ServiceEndpoints.delete(project.organization().api(), id, List.of(project.id()));
    }

    @Override
    public String toString() {
        return "ServiceEndpoint[" + (info.loaded() ? Describe.quote(info().name()) + " " + info().type() + " " : "")
                + id + " in " + project.label() + "]";
    }
}
