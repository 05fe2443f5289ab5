package ado.core.internal.auth;

import ado.core.error.AdoConfigurationException;
import ado.core.error.AdoTransportException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * Where federated assertions come from: a token file that Kubernetes rotates (workload identity), and the Azure
 * Pipelines OIDC endpoint of a service connection.
 */
public final class FederatedAssertions {

    private FederatedAssertions() {
    }

    /**
     * {@return the token in {@code file}, read now because it is rotated}
     *
     * @throws AdoConfigurationException if the file cannot be read, is empty, or holds a token that has expired
     */
    public static String fromFile(String flow, Path file, TokenContext context) {
        String token;
        try {
            token = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException | RuntimeException e) {
            throw new AdoConfigurationException(flow + ": cannot read the federated token file " + file + " ("
                    + e.getClass().getSimpleName() + ")", e);
        }
        if (token.isEmpty()) {
            throw new AdoConfigurationException(flow + ": the federated token file " + file + " is empty");
        }
        token = CredentialChecks.headerToken(token, flow + ": the federated token in " + file);
        Instant now = context.clock().instant();
        Expiry.jwtExpiry(token, context.http().codec()).filter(exp -> !exp.isAfter(now)).ifPresent(exp -> {
            throw new AdoConfigurationException(flow + ": the federated token in " + file + " expired at " + exp
                    + "; is the file still being rotated (projected service account token)?");
        });
        return token;
    }

    /**
     * {@return an OIDC token for the service connection, from {@code POST {SYSTEM_OIDCREQUESTURI}?api-version=7.1
     * &serviceConnectionId=...} authorised by the job's {@code SYSTEM_ACCESSTOKEN}}
     *
     * @throws AdoConfigurationException if the variables are missing or the endpoint refuses
     * @throws AdoTransportException     if the endpoint cannot be reached or answers without a token
     */
    public static String fromPipeline(String flow, TokenContext context, String serviceConnectionId) {
        Map<String, String> vars = context.required(flow, "SYSTEM_OIDCREQUESTURI", "SYSTEM_ACCESSTOKEN");
        URI base;
        try {
            base = URI.create(vars.get("SYSTEM_OIDCREQUESTURI"));
        } catch (IllegalArgumentException e) {
            throw new AdoConfigurationException(flow + ": SYSTEM_OIDCREQUESTURI is not a URL", e);
        }
        if (base.getScheme() == null || base.getHost() == null) {
            throw new AdoConfigurationException(flow + ": SYSTEM_OIDCREQUESTURI is not an absolute URL");
        }
        URI uri = URI.create(base + (base.getRawQuery() == null ? "?" : "&") + "api-version=7.1&serviceConnectionId="
                + TokenHttp.encode(serviceConnectionId));
        var request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + CredentialChecks.headerToken(vars.get("SYSTEM_ACCESSTOKEN"),
                        flow + ": SYSTEM_ACCESSTOKEN"))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{}"));
        OidcResponse response = context.http().send(flow, request, false, OidcResponse.class);
        if (response.oidcToken() == null || response.oidcToken().isBlank()) {
            throw new AdoTransportException(flow + ": " + TokenHttp.endpoint(uri) + " answered without an oidcToken;"
                    + " is service connection " + serviceConnectionId + " set up for workload identity federation?",
                    null);
        }
        return CredentialChecks.headerToken(response.oidcToken(), flow + ": the oidcToken from "
                + TokenHttp.endpoint(uri));
    }

    /**
     * The answer of the Azure Pipelines OIDC endpoint. {@link #toString()} hides the token.
     *
     * @param oidcToken the assertion for Entra
     */
    public record OidcResponse(String oidcToken) {

        /** {@return a redacted form} */
        @Override
        public String toString() {
            return "OidcResponse[oidcToken=***]";
        }
    }
}
