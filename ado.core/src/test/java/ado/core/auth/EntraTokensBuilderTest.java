package ado.core.auth;

import static ado.core.auth.Flows.CLIENT;
import static ado.core.auth.Flows.NOW;
import static ado.core.auth.Flows.SECRET;
import static ado.core.auth.Flows.TENANT;
import static ado.core.auth.Flows.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.auth.TokenServer.Reply;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EntraTokensBuilderTest {

    private final TokenServer server = TokenServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void httpClient_given_usedForEntra() {
        server.route(TOKEN_PATH, r -> Reply.token("t", 60));
        var flows = Flows.against(server, Map.of()).httpClient(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).build()).build();

        assertThat(flows.clientSecret(TENANT, CLIENT, SECRET).fetchToken().token()).isEqualTo("t");
    }

    @Test
    void accessTokenWithoutExpiresIn_expiryReadFromJwt() {
        String jwt = Flows.jwt(NOW.plusSeconds(777), "user");
        server.route(TOKEN_PATH, r -> Reply.json(200, "{\"access_token\":\"" + jwt + "\"}"));

        AccessToken token = Flows.against(server, Map.of()).build().clientSecret(TENANT, CLIENT, SECRET).fetchToken();

        assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(777));
    }

    @Test
    void connectTimeout_zero_rejectedNamingField() {
        var builder = EntraTokens.builder();

        assertThatThrownBy(() -> builder.connectTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("connectTimeout must be positive: PT0S");
    }

    @Test
    void imdsEndpoint_relative_rejectedNamingField() {
        var builder = EntraTokens.builder();

        assertThatThrownBy(() -> builder.imdsEndpoint(URI.create("/metadata")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("imdsEndpoint");
    }

    @Test
    void authorityHostFromEnvironment_notHttps_rejected() {
        var builder = EntraTokens.builder().environment(Map.of("AZURE_AUTHORITY_HOST", "http://login.example")::get);

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("authorityHost must use https");
    }

    @Test
    void managedIdentity_blankClientId_rejectedNamingField() {
        var flows = EntraTokens.builder().environment(n -> null).build();

        assertThatThrownBy(() -> flows.managedIdentity(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("clientId must not be blank");
    }
}
