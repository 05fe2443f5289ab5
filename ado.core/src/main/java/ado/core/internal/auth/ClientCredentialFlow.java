package ado.core.internal.auth;

import ado.core.auth.AccessToken;
import ado.core.auth.EntraTokens;
import ado.core.error.AdoConfigurationException;
import ado.core.spi.AccessTokenProvider;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The OAuth 2.0 client-credentials grant against the authority's v2 token endpoint
 * ({@code POST {authority}/{tenant}/oauth2/v2.0/token}), proving the application's identity with a client secret
 * or a federated assertion (workload identity, Azure Pipelines). The grant is gathered on every fetch, so a
 * rotated assertion file is read again.
 */
public final class ClientCredentialFlow implements AccessTokenProvider {

    /**
     * What one token request needs. {@link #toString()} hides the credential.
     *
     * @param tenantId   the directory (tenant) ID or domain
     * @param clientId   the application (client) ID
     * @param credential {@code client_secret}, or {@code client_assertion_type} and {@code client_assertion}
     */
    public record Grant(String tenantId, String clientId, Map<String, String> credential) {

        /** Copies the credential. */
        public Grant {
            credential = Map.copyOf(credential);
        }

        /**
         * {@return a grant proven by a client secret}
         *
         * @throws ado.core.error.AdoAuthenticationException if the secret is blank or has a control character
         */
        public static Grant secret(String tenantId, String clientId, String secret) {
            return new Grant(tenantId, clientId, Map.of("client_secret",
                    CredentialChecks.secret(secret, "client secret")));
        }

        /**
         * {@return a grant proven by a signed assertion, such as a federated token}
         *
         * @throws ado.core.error.AdoAuthenticationException if the assertion is blank or not visible ASCII
         */
        public static Grant assertion(String tenantId, String clientId, String assertion) {
            return new Grant(tenantId, clientId, Map.of(
                    "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                    "client_assertion", CredentialChecks.headerToken(assertion, "federated assertion")));
        }

        /** {@return the IDs and the credential's field names, never its value} */
        @Override
        public String toString() {
            return "Grant[tenantId=" + tenantId + ", clientId=" + clientId + ", credential=" + credential.keySet()
                    + "]";
        }
    }

    private final String name;
    private final TokenContext context;
    private final Supplier<Grant> grant;

    /**
     * Creates the flow.
     *
     * @param name    the flow's name, such as {@code client-secret}
     * @param context shared settings
     * @param grant   gathers the grant on every fetch; may throw to say the flow is not set up
     */
    public ClientCredentialFlow(String name, TokenContext context, Supplier<Grant> grant) {
        this.name = name;
        this.context = context;
        this.grant = grant;
    }

    @Override
    public AccessToken fetchToken() {
        Grant g = grant.get();
        if (!g.tenantId().matches("[A-Za-z0-9.-]{1,100}")) {
            throw new AdoConfigurationException(name + ": the tenant ID '" + g.tenantId()
                    + "' is neither a GUID nor a domain");
        }
        URI endpoint = context.authority().resolve(g.tenantId() + "/oauth2/v2.0/token");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", g.clientId());
        form.put("scope", EntraTokens.AZURE_DEVOPS_SCOPE);
        form.putAll(g.credential());
        var request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(BodyPublishers.ofString(TokenHttp.form(form)));
        Instant requestedAt = context.clock().instant();
        TokenResponse response = context.http().send(name, request, false, TokenResponse.class,
                g.credential().values());
        return response.toAccessToken(name, TokenHttp.endpoint(endpoint), requestedAt, context.http().codec());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return "ClientCredentialFlow[" + name + "]";
    }
}
