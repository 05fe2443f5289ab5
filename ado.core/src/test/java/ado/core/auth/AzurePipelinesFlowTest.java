package ado.core.auth;

import static ado.core.auth.Flows.CLIENT;
import static ado.core.auth.Flows.JOB_TOKEN;
import static ado.core.auth.Flows.TENANT;
import static ado.core.auth.Flows.TOKEN;
import static ado.core.auth.Flows.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.auth.TokenServer.Reply;
import ado.core.error.AdoConfigurationException;
import ado.core.error.AdoTransportException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AzurePipelinesFlowTest {

    private static final String OIDC_PATH = "/org/00000000-0000-0000-0000-000000000001/_apis/distributedtask/hubs/"
            + "build/plans/1/jobs/2/oidctoken";
    private static final String OIDC_TOKEN = "oidcASSERTIONdoNotLeak";
    private static final String CONNECTION = "5e3bc4a9-0000-4c1a-9a5e-0123456789ab";

    private final TokenServer server = TokenServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private Map<String, String> env() {
        return Map.of("SYSTEM_OIDCREQUESTURI", server.uri() + OIDC_PATH, "SYSTEM_ACCESSTOKEN", JOB_TOKEN,
                "AZURE_TENANT_ID", TENANT, "AZURE_CLIENT_ID", CLIENT);
    }

    @Test
    void azurePipelines_serviceConnection_asksOidcTokenWithJobToken() {
        server.route(OIDC_PATH, r -> Reply.json(200, "{\"oidcToken\":\"" + OIDC_TOKEN + "\"}"))
                .route(TOKEN_PATH, r -> Reply.token(TOKEN, 3599));

        Flows.against(server, env()).build().azurePipelines(CONNECTION).fetchToken();

        var oidc = server.requests(OIDC_PATH).get(0);
        assertThat(oidc.method()).isEqualTo("POST");
        assertThat(oidc.header("Authorization")).isEqualTo("Bearer " + JOB_TOKEN);
        assertThat(oidc.header("Content-Type")).isEqualTo("application/json");
        assertThat(oidc.params()).containsExactlyInAnyOrderEntriesOf(Map.of("api-version", "7.1",
                "serviceConnectionId", CONNECTION));
    }

    @Test
    void azurePipelines_oidcToken_exchangedAtEntraAsAssertion() {
        server.route(OIDC_PATH, r -> Reply.json(200, "{\"oidcToken\":\"" + OIDC_TOKEN + "\"}"))
                .route(TOKEN_PATH, r -> Reply.token(TOKEN, 3599));

        AccessToken token = Flows.against(server, env()).build().azurePipelines(TENANT, CLIENT, CONNECTION)
                .fetchToken();

        assertThat(token.token()).isEqualTo(TOKEN);
        var entra = server.requests(TOKEN_PATH).get(0);
        assertThat(entra.header("Authorization")).isNull();
        assertThat(entra.form()).containsEntry("client_assertion", OIDC_TOKEN).containsEntry("client_id", CLIENT)
                .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    }

    @Test
    void azurePipelines_outsidePipeline_namesMissingVariables() {
        var flow = Flows.against(server, Map.of("AZURE_TENANT_ID", TENANT, "AZURE_CLIENT_ID", CLIENT)).build()
                .azurePipelines(CONNECTION);

        assertThatThrownBy(flow::fetchToken).isInstanceOf(AdoConfigurationException.class)
                .hasMessage("azure-pipelines: environment variables SYSTEM_OIDCREQUESTURI, SYSTEM_ACCESSTOKEN are "
                        + "not set");
    }

    @Test
    void azurePipelines_oidcRefused_namesFlowWithoutJobToken() {
        server.route(OIDC_PATH, r -> Reply.json(401, "{\"message\":\"TF400813: The user is not authorized\"}"));
        var flow = Flows.against(server, env()).build().azurePipelines(CONNECTION);

        assertThatThrownBy(flow::fetchToken).isInstanceOf(AdoConfigurationException.class)
                .hasMessage("azure-pipelines: " + server.uri() + OIDC_PATH
                        + " answered HTTP 401 (TF400813: The user is not authorized)")
                .hasMessageNotContaining(JOB_TOKEN);
        assertThat(server.requests(TOKEN_PATH)).isEmpty();
    }

    @Test
    void azurePipelines_answerWithoutOidcToken_namesServiceConnection() {
        server.route(OIDC_PATH, r -> Reply.json(200, "{}"));
        var flow = Flows.against(server, env()).build().azurePipelines(CONNECTION);

        assertThatThrownBy(flow::fetchToken).isInstanceOf(AdoTransportException.class)
                .hasMessageContaining("without an oidcToken").hasMessageContaining(CONNECTION);
    }
}
