package ado.core.auth;

import static ado.core.auth.Flows.CLIENT;
import static ado.core.auth.Flows.IMDS_PATH;
import static ado.core.auth.Flows.NOW;
import static ado.core.auth.Flows.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.auth.TokenServer.Reply;
import ado.core.error.AdoConfigurationException;
import ado.core.error.AdoTransportException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ManagedIdentityFlowTest {

    private static final String IDENTITY_HEADER = "identityHEADERdoNotLeak";

    private final TokenServer server = TokenServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    /** IMDS answers both expiry fields as strings. */
    private static Reply imdsToken(long expiresOn) {
        return Reply.json(200, "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":\"86399\",\"expires_on\":\""
                + expiresOn + "\",\"resource\":\"499b84ac-1321-427f-aa17-267ca6975798\",\"token_type\":\"Bearer\"}");
    }

    @Test
    void managedIdentity_onVm_asksImdsWithMetadataHeader() {
        server.route(IMDS_PATH, r -> imdsToken(NOW.getEpochSecond() + 3600));

        Flows.against(server, Map.of()).build().managedIdentity().fetchToken();

        var request = server.requests(IMDS_PATH).get(0);
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.header("Metadata")).isEqualTo("true");
        assertThat(request.params()).containsExactlyInAnyOrderEntriesOf(Map.of("api-version", "2018-02-01",
                "resource", "499b84ac-1321-427f-aa17-267ca6975798"));
    }

    @Test
    void managedIdentity_expiresOnString_isTheExpiry() {
        server.route(IMDS_PATH, r -> imdsToken(NOW.getEpochSecond() + 1234));

        AccessToken token = Flows.against(server, Map.of()).build().managedIdentity().fetchToken();

        assertThat(token).isEqualTo(new AccessToken(TOKEN, NOW.plusSeconds(1234)));
    }

    @Test
    void managedIdentity_userAssigned_sendsClientId() {
        server.route(IMDS_PATH, r -> imdsToken(NOW.getEpochSecond() + 3600));

        Flows.against(server, Map.of()).build().managedIdentity(CLIENT).fetchToken();

        assertThat(server.requests(IMDS_PATH).get(0).params()).containsEntry("client_id", CLIENT);
    }

    @Test
    void managedIdentity_onAppService_asksIdentityEndpointWithHeader() {
        server.route("/msi/token", r -> Reply.json(200, "{\"access_token\":\"" + TOKEN + "\",\"expires_on\":\""
                + (NOW.getEpochSecond() + 3600) + "\",\"resource\":\"x\",\"token_type\":\"Bearer\"}"));
        var env = Map.of("IDENTITY_ENDPOINT", server.uri() + "/msi/token", "IDENTITY_HEADER", IDENTITY_HEADER);

        AccessToken token = Flows.against(server, env).build().managedIdentity(CLIENT).fetchToken();

        var request = server.requests("/msi/token").get(0);
        assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(request.header("X-IDENTITY-HEADER")).isEqualTo(IDENTITY_HEADER);
        assertThat(request.params()).containsEntry("api-version", "2019-08-01").containsEntry("client_id", CLIENT)
                .containsEntry("resource", "499b84ac-1321-427f-aa17-267ca6975798");
        assertThat(server.requests(IMDS_PATH)).isEmpty();
    }

    @Test
    void managedIdentity_appServiceWithoutHeader_namesMissingVariable() {
        var env = Map.of("IDENTITY_ENDPOINT", server.uri() + "/msi/token");
        var flow = Flows.against(server, env).build().managedIdentity();

        assertThatThrownBy(flow::fetchToken).isInstanceOf(AdoConfigurationException.class)
                .hasMessage("managed-identity (App Service): environment variable IDENTITY_HEADER is not set");
    }

    @Test
    void managedIdentity_serviceFabric_pointsToAdoIdentity() {
        var env = Map.of("IDENTITY_ENDPOINT", "https://localhost:2377/metadata/identity/oauth2/token",
                "IDENTITY_HEADER", IDENTITY_HEADER, "IDENTITY_SERVER_THUMBPRINT", "ABC");
        var flow = Flows.against(server, env).build().managedIdentity();

        assertThatThrownBy(flow::fetchToken).isInstanceOf(AdoConfigurationException.class)
                .hasMessageContaining("Service Fabric").hasMessageContaining("ado.identity")
                .hasMessageNotContaining(IDENTITY_HEADER);
    }

    @Test
    void managedIdentity_unreachableImds_namesFlowAndCause() throws Exception {
        URI closed;
        try (var socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        var flow = EntraTokens.builder().environment(n -> null).imdsEndpoint(closed).build().managedIdentity();

        assertThatThrownBy(flow::fetchToken).isInstanceOf(AdoTransportException.class)
                .hasMessageStartingWith("managed-identity (IMDS): cannot connect to " + closed + IMDS_PATH)
                .hasMessageEndingWith("not running on an Azure VM with a managed identity?");
    }

    @Test
    void managedIdentity_identityNotFound_namesImdsError() {
        server.route(IMDS_PATH, r -> Reply.json(400, "{\"error\":\"invalid_request\",\"error_description\":"
                + "\"Identity not found\"}"));
        var flow = Flows.against(server, Map.of()).build().managedIdentity(CLIENT);

        assertThatThrownBy(flow::fetchToken).isInstanceOf(AdoConfigurationException.class)
                .hasMessageStartingWith("managed-identity (IMDS): ")
                .hasMessageEndingWith("answered HTTP 400 (invalid_request: Identity not found)");
    }
}
