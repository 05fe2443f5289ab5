package ado.core.internal.auth;

import ado.core.auth.AccessToken;
import ado.core.auth.EntraTokens;
import ado.core.error.AdoConfigurationException;
import ado.core.error.AdoTransportException;
import ado.core.spi.AccessTokenProvider;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.Optional;

/**
 * Managed identity, system- or user-assigned: on App Service and Functions the endpoint in
 * {@code IDENTITY_ENDPOINT} with the {@code X-IDENTITY-HEADER} from {@code IDENTITY_HEADER}; elsewhere (VMs,
 * scale sets) the instance metadata service (IMDS). Both are plain HTTP on the host and bypass proxies. Service
 * Fabric, Azure Arc and Cloud Shell are not covered (use {@code ado.identity} there).
 */
public final class ManagedIdentityFlow implements AccessTokenProvider {

    private static final String NAME = "managed-identity";

    private final TokenContext context;
    private final String clientId;

    /**
     * Creates the flow.
     *
     * @param clientId the client ID of a user-assigned identity, or {@code null} for the system-assigned one
     */
    public ManagedIdentityFlow(TokenContext context, String clientId) {
        this.context = context;
        this.clientId = clientId;
    }

    @Override
    public AccessToken fetchToken() {
        Optional<String> endpoint = context.variable("IDENTITY_ENDPOINT");
        if (endpoint.isPresent()) {
            if (context.variable("IDENTITY_SERVER_THUMBPRINT").isPresent()) {
                throw unsupported("Service Fabric (IDENTITY_SERVER_THUMBPRINT is set)");
            }
            if (context.variable("IMDS_ENDPOINT").isPresent()) {
                throw unsupported("Azure Arc (IMDS_ENDPOINT is set)");
            }
            String header = CredentialChecks.headerToken(context.required(NAME + " (App Service)", "IDENTITY_HEADER")
                    .get("IDENTITY_HEADER"), NAME + " (App Service): IDENTITY_HEADER");
            URI base = parse(endpoint.get());
            return fetch("App Service", query(base, "2019-08-01"), "X-IDENTITY-HEADER", header);
        }
        if (context.variable("MSI_ENDPOINT").isPresent()) {
            throw unsupported("Cloud Shell or a legacy App Service (MSI_ENDPOINT is set)");
        }
        URI imds = context.imds().resolve("/metadata/identity/oauth2/token");
        return fetch("IMDS", query(imds, "2018-02-01"), "Metadata", "true");
    }

    private AccessToken fetch(String where, URI uri, String header, String value) {
        String flow = NAME + " (" + where + ")";
        var request = HttpRequest.newBuilder(uri).header(header, value).GET();
        Instant requestedAt = context.clock().instant();
        TokenResponse response;
        try {
            response = context.http().send(flow, request, true, TokenResponse.class);
        } catch (AdoTransportException e) {
            if (where.equals("IMDS") && e.getMessage().contains("cannot connect")) {
                throw new AdoTransportException(e.getMessage() + "; not running on an Azure VM with a managed"
                        + " identity?", e.getCause());
            }
            throw e;
        }
        return response.toAccessToken(flow, TokenHttp.endpoint(uri), requestedAt, context.http().codec());
    }

    private URI query(URI base, String apiVersion) {
        String query = "api-version=" + apiVersion + "&resource=" + EntraTokens.AZURE_DEVOPS_RESOURCE
                + (clientId == null ? "" : "&client_id=" + TokenHttp.encode(clientId));
        return URI.create(base + (base.getRawQuery() == null ? "?" : "&") + query);
    }

    private static URI parse(String endpoint) {
        try {
            URI uri = URI.create(endpoint);
            if (uri.getScheme() != null && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new AdoConfigurationException(NAME + " (App Service): IDENTITY_ENDPOINT is not an absolute URL");
    }

    private static AdoConfigurationException unsupported(String where) {
        return new AdoConfigurationException(NAME + ": " + where + " is not supported by the built-in flow; use"
                + " ado.identity (Azure Identity) there");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String toString() {
        return "ManagedIdentityFlow[" + (clientId == null ? "system-assigned" : "client_id=" + clientId) + "]";
    }
}
