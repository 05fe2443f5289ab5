package ado.core.auth;

import static ado.core.auth.Flows.CLIENT;
import static ado.core.auth.Flows.NOW;
import static ado.core.auth.Flows.TENANT;
import static ado.core.auth.Flows.TOKEN;
import static ado.core.auth.Flows.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.auth.TokenServer.Reply;
import ado.core.error.AdoConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkloadIdentityFlowTest {

    private final TokenServer server = TokenServer.start();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        server.close();
    }

    private Map<String, String> env(Path file) {
        return Map.of("AZURE_TENANT_ID", TENANT, "AZURE_CLIENT_ID", CLIENT,
                "AZURE_FEDERATED_TOKEN_FILE", file.toString());
    }

    @Test
    void workloadIdentity_tokenFile_sentAsClientAssertion() throws IOException {
        server.route(TOKEN_PATH, r -> Reply.token(TOKEN, 3599));
        Path file = Files.writeString(dir.resolve("token"), Flows.jwt(NOW.plusSeconds(600), "first") + "\n");

        AccessToken token = Flows.against(server, env(file)).build().workloadIdentity().fetchToken();

        assertThat(token.token()).isEqualTo(TOKEN);
        assertThat(server.requests(TOKEN_PATH).get(0).form())
                .containsEntry("client_assertion", Flows.jwt(NOW.plusSeconds(600), "first"))
                .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                .containsEntry("client_id", CLIENT).containsEntry("grant_type", "client_credentials")
                .doesNotContainKey("client_secret");
    }

    @Test
    void workloadIdentity_fileRotated_readAgainOnRefresh() throws IOException {
        server.route(TOKEN_PATH, r -> Reply.token(TOKEN, 3599));
        Path file = Files.writeString(dir.resolve("token"), Flows.jwt(NOW.plusSeconds(600), "first"));
        var flow = Flows.against(server, env(file)).build().workloadIdentity();
        flow.fetchToken();

        Files.writeString(file, Flows.jwt(NOW.plusSeconds(900), "rotated"));
        flow.fetchToken();

        assertThat(server.requests(TOKEN_PATH)).extracting(r -> r.form().get("client_assertion"))
                .containsExactly(Flows.jwt(NOW.plusSeconds(600), "first"), Flows.jwt(NOW.plusSeconds(900), "rotated"));
    }

    @Test
    void workloadIdentity_explicitFile_usedWithoutEnvironment() throws IOException {
        server.route(TOKEN_PATH, r -> Reply.token(TOKEN, 3599));
        Path file = Files.writeString(dir.resolve("token"), "opaque-assertion");

        Flows.against(server, Map.of()).build().workloadIdentity(TENANT, CLIENT, file).fetchToken();

        assertThat(server.requests(TOKEN_PATH).get(0).form()).containsEntry("client_assertion", "opaque-assertion");
    }

    @Test
    void workloadIdentity_expiredTokenFile_namesFlowFileAndExpiryWithoutToken() throws IOException {
        String expired = Flows.jwt(NOW.minusSeconds(60), "stale");
        Path file = Files.writeString(dir.resolve("token"), expired);
        var flow = Flows.against(server, env(file)).build().workloadIdentity();

        assertThatThrownBy(flow::fetchToken).isInstanceOf(AdoConfigurationException.class)
                .hasMessageStartingWith("workload-identity: the federated token in " + file + " expired at "
                        + NOW.minusSeconds(60))
                .hasMessageNotContaining(expired);
        assertThat(server.requests(TOKEN_PATH)).isEmpty();
    }

    @Test
    void workloadIdentity_missingVariables_namesFlowAndVariable() {
        var flow = Flows.against(server, Map.of("AZURE_TENANT_ID", TENANT, "AZURE_CLIENT_ID", CLIENT)).build()
                .workloadIdentity();

        assertThatThrownBy(flow::fetchToken).isInstanceOf(AdoConfigurationException.class)
                .hasMessage("workload-identity: environment variable AZURE_FEDERATED_TOKEN_FILE is not set");
    }

    @Test
    void workloadIdentity_missingFile_namesFlowAndFile() {
        Path file = dir.resolve("absent");
        var flow = Flows.against(server, env(file)).build().workloadIdentity();

        assertThatThrownBy(flow::fetchToken).isInstanceOf(AdoConfigurationException.class)
                .hasMessage("workload-identity: cannot read the federated token file " + file
                        + " (NoSuchFileException)");
    }

    @Test
    void workloadIdentity_emptyFile_namesFlowAndFile() throws IOException {
        Path file = Files.writeString(dir.resolve("token"), " \n");
        var flow = Flows.against(server, env(file)).build().workloadIdentity();

        assertThatThrownBy(flow::fetchToken).isInstanceOf(AdoConfigurationException.class)
                .hasMessage("workload-identity: the federated token file " + file + " is empty");
    }
}
