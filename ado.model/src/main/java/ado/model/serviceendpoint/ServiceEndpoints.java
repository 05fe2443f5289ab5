package ado.model.serviceendpoint;

import ado.core.ApiCall;
import ado.core.Body;
import ado.model.internal.Copies;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Service endpoints ({@code _apis/serviceendpoint/endpoints}). Reads are project-scoped ({@code project} is
 * {@code client.api().project(p)}); create, update, share and delete are organisation-scoped ({@code org} is
 * {@code client.api()}) and name the projects in the body or in {@code projectIds}.
 */
public final class ServiceEndpoints {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";

    private ServiceEndpoints() {
    }

    /**
     * {@return the project's endpoints of {@code type} (or all for {@code null})}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param type    the endpoint type, such as {@code github} or {@code azurerm}, or {@code null} for all
     */
    public static List<ServiceEndpoint> list(ApiCall project, String type) {
        return scope(project).query("type", type).get(API_VERSION).asList(ServiceEndpoint.class);
    }

    /**
     * {@return the project's endpoints named {@code name}: Azure DevOps compares names ignoring case; one request
     * with the {@code endpointNames} filter}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param name    the endpoint name; it must not contain a comma, which the filter reads as a separator
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if {@code name} contains a comma
     */
    public static List<ServiceEndpoint> listNamed(ApiCall project, String name) {
        Objects.requireNonNull(name, "name == null");
        if (name.indexOf(',') >= 0) {
            throw new IllegalArgumentException("name must not contain a comma: " + name);
        }
        return scope(project).query("endpointNames", name).get(API_VERSION).asList(ServiceEndpoint.class);
    }

    /**
     * {@return endpoint {@code id}; secret authorization parameters are {@code null}}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param id      the endpoint id
     * @throws ado.core.error.AdoNotFoundException if the project has no such endpoint
     * @throws NullPointerException                if {@code id} is null
     */
    public static ServiceEndpoint get(ApiCall project, UUID id) {
        return scope(project).path(key(id)).get(API_VERSION).as(ServiceEndpoint.class);
    }

    /**
     * {@return the new endpoint}
     *
     * @param org      the organisation scope ({@code client.api()})
     * @param endpoint the endpoint, such as {@link ServiceEndpoint#of}, with the projects it is shared into
     * @throws ado.core.error.AdoConflictException if one of that name exists in one of the projects
     * @throws NullPointerException                if {@code endpoint} is null
     * @throws IllegalArgumentException            if it names no project
     */
    public static ServiceEndpoint create(ApiCall org, ServiceEndpoint endpoint) {
        Objects.requireNonNull(endpoint, "endpoint == null");
        if (endpoint.serviceEndpointProjectReferences().isEmpty()) {
            throw new IllegalArgumentException("serviceEndpointProjectReferences must not be empty");
        }
        return scope(org).post(API_VERSION).body(Body.json(endpoint)).as(ServiceEndpoint.class);
    }

    /**
     * {@return the endpoint after replacing it with {@code endpoint} (secret parameters sent as null are kept)}
     *
     * @param org      the organisation scope ({@code client.api()})
     * @param endpoint the whole endpoint, with its id
     * @throws NullPointerException if {@code endpoint} or its id is null
     */
    public static ServiceEndpoint update(ApiCall org, ServiceEndpoint endpoint) {
        Objects.requireNonNull(endpoint, "endpoint == null");
        return scope(org).path(key(endpoint.id())).put(API_VERSION).body(Body.json(endpoint))
                .as(ServiceEndpoint.class);
    }

    /**
     * Shares endpoint {@code id} into more projects.
     *
     * @param org        the organisation scope ({@code client.api()})
     * @param id         the endpoint id
     * @param references the projects to share it into, with its name in each
     * @throws NullPointerException     if {@code id} or one of {@code references} is null
     * @throws IllegalArgumentException if {@code references} is null or empty
     */
    public static void share(ApiCall org, UUID id, List<ServiceEndpointProjectReference> references) {
        List<ServiceEndpointProjectReference> refs = Copies.list(references, "references");
        if (refs.isEmpty()) {
            throw new IllegalArgumentException("references must not be empty");
        }
        scope(org).path(key(id)).patch(API_VERSION).body(Body.json(refs)).send();
    }

    /**
     * Removes endpoint {@code id} from {@code projectIds}; it is deleted when no project is left.
     *
     * @param org        the organisation scope ({@code client.api()})
     * @param id         the endpoint id
     * @param projectIds the projects to remove it from
     * @throws NullPointerException     if {@code id}, {@code projectIds} or one of them is null
     * @throws IllegalArgumentException if {@code projectIds} is empty
     */
    public static void delete(ApiCall org, UUID id, Collection<UUID> projectIds) {
        Objects.requireNonNull(projectIds, "projectIds == null");
        if (projectIds.isEmpty()) {
            throw new IllegalArgumentException("projectIds must not be empty");
        }
        scope(org).path(key(id)).query("projectIds", projectIds.stream()
                .map(p -> Objects.requireNonNull(p, "projectIds element == null").toString())
                .collect(Collectors.joining(","))).delete(API_VERSION).send();
    }

    private static ApiCall scope(ApiCall call) {
        return call.apis("serviceendpoint", "endpoints");
    }

    private static String key(UUID id) {
        return Objects.requireNonNull(id, "id == null").toString();
    }
}
