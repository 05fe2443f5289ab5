package ado.core;

import static ado.core.FakeServer.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.auth.AccessToken;
import ado.core.auth.Credentials;
import ado.core.error.AdoConfigurationException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CredentialResolutionTest {

    private final FakeServer server = FakeServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private String authorizationSent(Credentials configured, Map<String, String> env) {
        server.enqueue(Reply.status(204));
        AdoClient.Builder builder = AdoClient.builder().organization(URI.create(server.uri() + "/org"))
                .environment(env::get);
        if (configured != null) {
            builder.credentials(configured);
        }
        builder.build().api().get("7.1").send();
        return server.request(server.requests().size() - 1).header("Authorization");
    }

    private static String basic(String pat) {
        return "Basic " + Base64.getEncoder().encodeToString((":" + pat).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void builderCredentials_winOverEnvironment() {
        assertThat(authorizationSent(Credentials.bearer("tok"), Map.of("AZURE_DEVOPS_EXT_PAT", "envpat")))
                .isEqualTo("Bearer tok");
    }

    @Test
    void patVariable_isSentAsBasicWithEmptyUser() {
        assertThat(authorizationSent(null, Map.of("AZURE_DEVOPS_EXT_PAT", "envpat",
                "SYSTEM_ACCESSTOKEN", "pipeline"))).isEqualTo(basic("envpat"));
    }

    @Test
    void systemAccessToken_isSentAsBearer() {
        assertThat(authorizationSent(null, Map.of("SYSTEM_ACCESSTOKEN", "pipeline"))).isEqualTo("Bearer pipeline");
    }

    @Test
    void blankVariables_areIgnored() {
        assertThat(authorizationSent(null, Map.of("AZURE_DEVOPS_EXT_PAT", " ", "SYSTEM_ACCESSTOKEN", "pipeline")))
                .isEqualTo("Bearer pipeline");
    }

    @Test
    void nothingConfigured_isAnonymous() {
        assertThat(authorizationSent(null, Map.of())).isNull();
    }

    @Test
    void tokenProvider_isSentAsBearer() {
        Credentials provider = Credentials.tokenProvider(
                () -> new AccessToken("entra", Instant.now().plusSeconds(3600)));
        assertThat(authorizationSent(provider, Map.of())).isEqualTo("Bearer entra");
    }

    @Test
    void organisation_fromBuilderThenEnvironment() {
        assertThat(AdoClient.builder().organization("a").environment(Map.of("AZURE_DEVOPS_ORG", "b")::get)
                .build().organization()).hasToString("https://dev.azure.com/a");
        assertThat(AdoClient.builder().environment(Map.of("AZURE_DEVOPS_ORG", "b",
                "SYSTEM_TEAMFOUNDATIONCOLLECTIONURI", "https://dev.azure.com/c/")::get).build().organization())
                .hasToString("https://dev.azure.com/b");
        assertThat(AdoClient.builder().environment(Map.of(
                "SYSTEM_TEAMFOUNDATIONCOLLECTIONURI", "https://dev.azure.com/c/")::get).build().organization())
                .hasToString("https://dev.azure.com/c");
    }

    @Test
    void organisationUrlVariable_isAccepted() {
        AdoClient client = AdoClient.builder()
                .environment(Map.of("AZURE_DEVOPS_ORG", "https://dev.azure.com/zeta")::get).build();

        assertThat(client.organizationName()).isEqualTo("zeta");
    }

    @Test
    void legacyVisualStudioUrl_resolvesNameAndHosts() {
        AdoClient client = AdoClient.builder().environment(Map.of(
                "SYSTEM_TEAMFOUNDATIONCOLLECTIONURI", "https://myorg.visualstudio.com/")::get).build();

        assertThat(client.organization()).hasToString("https://myorg.visualstudio.com");
        assertThat(client.organizationName()).isEqualTo("myorg");
        assertThat(client.vssps().uri()).hasToString("https://myorg.vssps.visualstudio.com");
        assertThat(client.api().project("p").uri()).hasToString("https://myorg.visualstudio.com/p");
    }

    @Test
    void noOrganisation_isConfigurationError() {
        assertThatThrownBy(() -> AdoClient.builder().environment(n -> null).build())
                .isInstanceOf(AdoConfigurationException.class).hasMessageContaining("AZURE_DEVOPS_ORG");
    }

    @Test
    void callerHttpClientFollowingRedirects_isConfigurationError() {
        var http = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build();

        assertThatThrownBy(() -> AdoClient.builder().organization("x").environment(n -> null).httpClient(http)
                .build()).isInstanceOf(AdoConfigurationException.class).hasMessageContaining("Redirect.NEVER");
    }
}
