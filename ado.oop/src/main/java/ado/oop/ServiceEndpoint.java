package ado.oop;

import ado.model.serviceendpoint.EndpointAuthorization;
import ado.model.serviceendpoint.ServiceEndpointProjectReference;
import ado.model.serviceendpoint.ServiceEndpoints;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    /** {@return an empty set of changes for {@link #update(Changes)}} */
    public static Changes changes() {
        return new Changes();
    }

    /**
     * {@return this endpoint after applying {@code changes} in one write}: the endpoint is read, the changes are
     * applied to what was read and the whole endpoint is sent back in one PUT; what {@code changes} does not set
     * (the type, the sharing, unmodelled members, other projects' names) is sent back as read. Secret
     * authorization parameters read as {@code null} and are sent back that way, which keeps the stored values,
     * unless {@code changes} replaces the authorization. A new name or description is also this project's name or
     * description of the endpoint.
     *
     * <pre>{@code
     * var docs = project.pipelineResources().serviceEndpointNamed("docs-site").orElseThrow();
     * docs.update(ado.oop.ServiceEndpoint.changes().description("The documentation site")
     *         .url("https://docs.example/v2"));
     * }</pre>
     *
     * @param changes the changes
     * @throws NullPointerException                if {@code changes} is null
     * @throws ado.core.error.AdoNotFoundException if the endpoint no longer exists
     * @throws ado.core.error.AdoConflictException if another endpoint of the project has the new name
     */
    public ServiceEndpoint update(Changes changes) {
        Objects.requireNonNull(changes, "changes == null");
        ado.model.serviceendpoint.ServiceEndpoint now = self.fetch();
        String name = changes.name != null ? changes.name : now.name();
        String description = changes.description != null ? changes.description : now.description();
        Map<String, String> data = new LinkedHashMap<>(now.data());
        data.putAll(changes.data);
        UUID here = project.id();
        List<ServiceEndpointProjectReference> refs = now.serviceEndpointProjectReferences().stream()
                .map(r -> here.equals(r.projectReference().id()) && (changes.name != null
                        || changes.description != null)
                        ? new ServiceEndpointProjectReference(r.projectReference(), name, description) : r)
                .toList();
        self.set(ServiceEndpoints.update(project.organization().api(), new ado.model.serviceendpoint.ServiceEndpoint(
                now.id(), name, now.type(), changes.url != null ? changes.url : now.url(), description,
                changes.authorization != null ? changes.authorization : now.authorization(), data, now.isShared(),
                now.isReady(), now.owner(), now.createdBy(), refs, now.other())));
        return this;
    }

    /**
     * What {@link #update(Changes)} changes; what is not set stays as read. Not thread-safe: build it on one
     * thread, then pass it.
     */
    public static final class Changes {
        private String name;
        private String description;
        private String url;
        private final Map<String, String> data = new LinkedHashMap<>();
        private EndpointAuthorization authorization;

        private Changes() {
        }

        /**
         * {@return these changes with the new name}
         *
         * @param name the new name, not blank
         * @throws NullPointerException     if {@code name} is null
         * @throws IllegalArgumentException if {@code name} is blank
         */
        public Changes name(String name) {
            this.name = NamedLookup.checked("name", name);
            return this;
        }

        /**
         * {@return these changes with the new description}
         *
         * @param description the new description; empty to clear it
         * @throws NullPointerException if {@code description} is null
         */
        public Changes description(String description) {
            this.description = Objects.requireNonNull(description, "description == null");
            return this;
        }

        /**
         * {@return these changes with the new service URL}
         *
         * @param url the new URL
         * @throws NullPointerException if {@code url} is null
         */
        public Changes url(String url) {
            this.url = Objects.requireNonNull(url, "url == null");
            return this;
        }

        /**
         * {@return these changes with {@code data} entries set (added or replaced); entries not named are kept}
         *
         * @param data the type-specific data to set, such as {@code subscriptionId}
         * @throws NullPointerException if {@code data}, a key or a value is null
         */
        public Changes data(Map<String, String> data) {
            Objects.requireNonNull(data, "data == null").forEach((k, v) -> {
                Objects.requireNonNull(k, "data key == null");
                this.data.put(k, Objects.requireNonNull(v, () -> "data['" + k + "'] == null"));
            });
            return this;
        }

        /**
         * {@return these changes with the authorization replaced: its scheme and all its parameters}
         *
         * @param authorization the new authorization, secrets included
         * @throws NullPointerException if {@code authorization} is null
         */
        public Changes authorization(EndpointAuthorization authorization) {
            this.authorization = Objects.requireNonNull(authorization, "authorization == null");
            return this;
        }

        @Override
        public String toString() {
            return "ServiceEndpoint.Changes[" + (name == null ? "" : "name ") + (description == null ? ""
                    : "description ") + (url == null ? "" : "url ") + (data.isEmpty() ? "" : "data " + data.keySet()
                    + " ") + (authorization == null ? "" : "authorization") + "]";
        }
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
