package ado.model.serviceendpoint;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.IdentityRef;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A service endpoint (service connection), as read and as sent in a create or update. Read endpoints carry
 * secret authorization parameters as {@code null}.
 *
 * @param id                               the id, or {@code null} in a create
 * @param name                             the name, not blank
 * @param type                             the type ({@code generic}, {@code github}, {@code azurerm}, ...), not blank
 * @param url                              the service URL, or {@code null}
 * @param description                      the description, or {@code null}
 * @param authorization                    the authorization, or {@code null}
 * @param data                             type-specific data; empty when absent
 * @param isShared                         whether it is shared with other projects, or {@code null}
 * @param isReady                          whether it is ready to use, or {@code null}
 * @param owner                            {@code library} or {@code agentcloud}, or {@code null}
 * @param createdBy                        who created it, or {@code null}
 * @param serviceEndpointProjectReferences the projects it is shared into; empty when absent
 * @param other                            the members ado4j does not model; empty when none
 */
public record ServiceEndpoint(UUID id, String name, String type, String url, String description,
                              EndpointAuthorization authorization, Map<String, String> data, Boolean isShared,
                              Boolean isReady, String owner, IdentityRef createdBy,
                              List<ServiceEndpointProjectReference> serviceEndpointProjectReferences,
                              @JsonUnmapped JsonObject other) {

    /**
     * Checks name and type and copies the collections.
     *
     * @param id                               the id, or {@code null} in a create
     * @param name                             the name, not blank
     * @param type                             the type ({@code generic}, {@code github}, {@code azurerm}, ...), not
     *                                         blank
     * @param url                              the service URL, or {@code null}
     * @param description                      the description, or {@code null}
     * @param authorization                    the authorization, or {@code null}
     * @param data                             type-specific data; empty when absent
     * @param isShared                         whether it is shared with other projects, or {@code null}
     * @param isReady                          whether it is ready to use, or {@code null}
     * @param owner                            {@code library} or {@code agentcloud}, or {@code null}
     * @param createdBy                        who created it, or {@code null}
     * @param serviceEndpointProjectReferences the projects it is shared into; empty when absent
     * @param other                            the members ado4j does not model; empty when none
     * @throws NullPointerException     if {@code name} or {@code type} is null
     * @throws IllegalArgumentException if {@code name} or {@code type} is blank
     */
    public ServiceEndpoint {
        Checks.nonBlank(name, "name");
        Checks.nonBlank(type, "type");
        data = Copies.map(data, "data");
        serviceEndpointProjectReferences = Copies.list(serviceEndpointProjectReferences,
                "serviceEndpointProjectReferences");
        other = other == null ? JsonObject.EMPTY : other;
    }

    /**
     * {@return a create body: endpoint {@code name} of {@code type} at {@code url}, shared into {@code project}}
     *
     * @param name          the endpoint name, also its name in {@code project}
     * @param type          the type, such as {@code generic}, {@code github} or {@code azurerm}
     * @param url           the service URL, or {@code null}
     * @param authorization how it authenticates, or {@code null}
     * @param project       the id of the project to share it into
     * @throws NullPointerException     if {@code name}, {@code type} or {@code project} is null
     * @throws IllegalArgumentException if {@code name} or {@code type} is blank
     */
    public static ServiceEndpoint of(String name, String type, String url, EndpointAuthorization authorization,
                                     UUID project) {
        return new ServiceEndpoint(null, name, type, url, null, authorization, null, false, null, "library", null,
                List.of(ServiceEndpointProjectReference.of(project, name)), null);
    }

    /**
     * {@return this endpoint with description {@code description}}
     *
     * @param description the description, or {@code null}
     */
    public ServiceEndpoint withDescription(String description) {
        return new ServiceEndpoint(id, name, type, url, description, authorization, data, isShared, isReady, owner,
                createdBy, serviceEndpointProjectReferences, other);
    }

    /**
     * {@return this endpoint with the type-specific data {@code data} (such as an Azure subscription's
     * {@code subscriptionId} and {@code environment})}
     *
     * @param data the data by name; {@code null} or empty for none
     * @throws NullPointerException if a name or value is null
     */
    public ServiceEndpoint withData(Map<String, String> data) {
        return new ServiceEndpoint(id, name, type, url, description, authorization, data, isShared, isReady, owner,
                createdBy, serviceEndpointProjectReferences, other);
    }

    /**
     * {@return this endpoint shared into {@code references} (replacing the projects it names), {@code isShared}
     * set when there is more than one}
     *
     * @param references the projects, each with the endpoint's name there; at least one
     * @throws NullPointerException     if {@code references} or one of them is null
     * @throws IllegalArgumentException if {@code references} is empty
     */
    public ServiceEndpoint withProjects(List<ServiceEndpointProjectReference> references) {
        Objects.requireNonNull(references, "references == null");
        if (references.isEmpty()) {
            throw new IllegalArgumentException("references must not be empty");
        }
        return new ServiceEndpoint(id, name, type, url, description, authorization, data, references.size() > 1,
                isReady, owner, createdBy, references, other);
    }
}
