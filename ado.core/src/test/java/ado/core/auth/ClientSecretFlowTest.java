package ado.core.auth;

import static ado.core.auth.Flows.CLIENT;
import static ado.core.auth.Flows.NOW;
import static ado.core.auth.Flows.SECRET;
import static ado.core.auth.Flows.TENANT;
import static ado.core.auth.Flows.TOKEN;
import static ado.core.auth.Flows.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoAuthenticationException;
import ado.core.auth.TokenServer.Reply;
import ado.core.error.AdoConfigurationException;
import ado.core.error.AdoTransportException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClientSecretFlowTest {

    private final TokenServer server = TokenServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void clientSecret_tokenEndpointAnswers_postsClientCredentialsGrant() {
        server.route(TOKEN_PATH, r -> Reply.token(TOKEN, 3599));

        Flows.against(server, Map.of()).build().clientSecret(TENANT, CLIENT, SECRET).fetchToken();

        var request = server.requests(TOKEN_PATH).get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(request.header("Authorization")).isNull();
        assertThat(request.form()).containsExactlyInAnyOrderEntriesOf(Map.of("grant_type", "client_credentials",
                "client_id", CLIENT, "client_secret", SECRET,
                "scope", "499b84ac-1321-427f-aa17-267ca6975798/.default"));
    }

    @Test
    void clientSecret_expiresIn_expiryCountedFromRequestTime() {
        server.route(TOKEN_PATH, r -> Reply.token(TOKEN, 3599));

        AccessToken token = Flows.against(server, Map.of()).build().clientSecret(TENANT, CLIENT, SECRET).fetchToken();

        assertThat(token.token()).isEqualTo(TOKEN);
        assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(3599));
    }

    @Test
    void clientSecretFromEnvironment_variablesSet_usesThem() {
        server.route(TOKEN_PATH, r -> Reply.token(TOKEN, 3599));
        var env = Map.of("AZURE_TENANT_ID", TENANT, "AZURE_CLIENT_ID", CLIENT, "AZURE_CLIENT_SECRET", SECRET);

        Flows.against(server, env).build().clientSecret().fetchToken();

        assertThat(server.requests(TOKEN_PATH).get(0).form()).containsEntry("client_secret", SECRET)
                .containsEntry("client_id", CLIENT);
    }

    @Test
    void clientSecretFromEnvironment_variablesMissing_namesFlowAndVariables() {
        var flow = Flows.against(server, Map.of("AZURE_TENANT_ID", TENANT)).build().clientSecret();

        assertThatThrownBy(flow::fetchToken).isInstanceOf(AdoConfigurationException.class)
                .hasMessage("client-secret: environment variables AZURE_CLIENT_ID, AZURE_CLIENT_SECRET are not set");
    }

    @Test
    void authorityHost_fromEnvironment_usedForSovereignClouds() {
        server.route(TOKEN_PATH, r -> Reply.token(TOKEN, 3599));
        var flows = EntraTokens.builder().environment(Map.of("AZURE_AUTHORITY_HOST", server.uri().toString())::get)
                .build();

        assertThat(flows.clientSecret(TENANT, CLIENT, SECRET).fetchToken().token()).isEqualTo(TOKEN);
    }

    @Test
    void authorityHost_plainHttpToRemoteHost_rejected() {
        var builder = EntraTokens.builder();

        assertThatThrownBy(() -> builder.authorityHost(URI.create("http://login.example.com")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("authorityHost");
    }

    @Test
    void clientSecret_refusedByEntra_namesFlowAndEntraErrorButNotSecret() {
        server.route(TOKEN_PATH, r -> Reply.json(401, "{\"error\":\"invalid_client\",\"error_description\":"
                + "\"AADSTS7000215: Invalid client secret provided.\"}"));
        var flow = Flows.against(server, Map.of()).build().clientSecret(TENANT, CLIENT, SECRET);

        assertThatThrownBy(flow::fetchToken).isInstanceOf(AdoConfigurationException.class)
                .hasMessageStartingWith("client-secret: " + server.uri() + TOKEN_PATH + " answered HTTP 401")
                .hasMessageContaining("invalid_client: AADSTS7000215")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void clientSecret_serverError_isTransportFailure() {
        server.route(TOKEN_PATH, r -> Reply.json(503, "<html>busy</html>"));
        var flow = Flows.against(server, Map.of()).build().clientSecret(TENANT, CLIENT, SECRET);

        assertThatThrownBy(flow::fetchToken).isInstanceOf(AdoTransportException.class)
                .hasMessageEndingWith("answered HTTP 503");
    }

    @Test
    void clientSecret_answerWithoutToken_namesMissingField() {
        server.route(TOKEN_PATH, r -> Reply.json(200, "{\"expires_in\":3599}"));
        var flow = Flows.against(server, Map.of()).build().clientSecret(TENANT, CLIENT, SECRET);

        assertThatThrownBy(flow::fetchToken).isInstanceOf(AdoTransportException.class)
                .hasMessageContaining("client-secret").hasMessageContaining("without an access_token");
    }

    @Test
    void clientSecret_answerWithoutExpiry_namesMissingField() {
        server.route(TOKEN_PATH, r -> Reply.json(200, "{\"access_token\":\"opaque\"}"));
        var flow = Flows.against(server, Map.of()).build().clientSecret(TENANT, CLIENT, SECRET);

        assertThatThrownBy(flow::fetchToken).isInstanceOf(AdoTransportException.class)
                .hasMessageContaining("without expires_in or expires_on");
    }

    @Test
    void clientSecret_unreachableAuthority_namesFlowAndEndpoint() throws Exception {
        URI closed;
        try (var socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        var flow = EntraTokens.builder().environment(n -> null).authorityHost(closed)
                .connectTimeout(Duration.ofSeconds(2)).build().clientSecret(TENANT, CLIENT, SECRET);

        assertThatThrownBy(flow::fetchToken).isInstanceOf(AdoTransportException.class)
                .hasMessageStartingWith("client-secret: cannot connect to " + closed + TOKEN_PATH);
    }

    @Test
    void clientSecret_tenantWithPathCharacters_rejected() {
        var flow = Flows.against(server, Map.of()).build().clientSecret("../evil", CLIENT, SECRET);

        assertThatThrownBy(flow::fetchToken).isInstanceOf(AdoConfigurationException.class)
                .hasMessageContaining("tenant ID '../evil'");
        assertThat(server.requests(TOKEN_PATH)).isEmpty();
    }

    @Test
    void clientSecret_blankSecret_rejectedNamingField() {
        var flows = Flows.against(server, Map.of()).build();

        assertThatThrownBy(() -> flows.clientSecret(TENANT, CLIENT, " "))
                .isInstanceOf(AdoAuthenticationException.class).hasMessage("clientSecret must not be blank");
    }

    @Test
    void clientSecret_toString_hidesSecret() {
        var flow = Flows.against(server, Map.of()).build().clientSecret(TENANT, CLIENT, SECRET);

        assertThat(flow.toString()).doesNotContain(SECRET);
        assertThat(flow.name()).isEqualTo("client-secret");
    }
}
