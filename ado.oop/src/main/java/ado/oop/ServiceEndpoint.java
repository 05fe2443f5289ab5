package ado.oop;

import ado.model.serviceendpoint.ServiceEndpointProjectReference;
import ado.model.serviceendpoint.ServiceEndpoints;
import java.util.List;
import java.util.UUID;

/**
 * A service endpoint (service connection) shared into a project. Secret authorization parameters are never
 * readable. One object per endpoint and project per service.
 *
 * <p><b>Thread safety.</b> Thread-safe: one object per endpoint per service; its details load once even when
 * threads ask together, and a newer record (a list, a lookup, a share) replaces them whole, never mixed.
 */
public final class ServiceEndpoint {

    private final Project project;
    private final Resource<UUID, ado.model.serviceendpoint.ServiceEndpoint> self;

    private ServiceEndpoint(Project project, UUID id) {
        this.project = project;
        this.self = new Resource<>(id, k -> ServiceEndpoints.get(project.api(), k));
    }

    /** {@return the one object of endpoint {@code id} in {@code project}; no request} */
    static ServiceEndpoint of(Project project, UUID id) {
        return project.identities().byId(ServiceEndpoint.class, "serviceEndpoint", project, id,
                () -> new ServiceEndpoint(project, id));
    }

    /** {@return the one object of the endpoint {@code record} describes, holding {@code record}} */
    static ServiceEndpoint of(Project project, ado.model.serviceendpoint.ServiceEndpoint record) {
        ServiceEndpoint e = of(project, record.id());
        e.self.set(record);
        return e;
    }

    /** {@return the project} */
    public Project project() {
        return project;
    }

    /** {@return the id} */
    public UUID id() {
        return self.key();
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
        return self.get();
    }

    /** {@return this endpoint after loading it again} */
    public ServiceEndpoint refresh() {
        return self.refresh(this);
    }

    /**
     * {@return this endpoint after sharing it into {@code other} under the same name}
     *
     * @param other the project to share with
     */
    public ServiceEndpoint shareWith(Project other) {
        ServiceEndpoints.share(project.organization().api(), id(), List.of(
                ServiceEndpointProjectReference.of(other.id(), name())));
        return refresh();
    }

    /** Removes the endpoint from its project; Azure DevOps deletes it when no project is left. */
    public void delete() {
        ServiceEndpoints.delete(project.organization().api(), id(), List.of(project.id()));
    }

    @Override
    public String toString() {
        return "ServiceEndpoint[" + self.ifLoaded(e -> Describe.quote(e.name()) + " " + e.type() + " ") + id()
                + " in " + project.label() + "]";
    }
}
