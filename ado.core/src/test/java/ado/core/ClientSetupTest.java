package ado.core;

import static ado.core.FakeServer.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.auth.Credentials;
import ado.core.error.AdoConfigurationException;
import ado.core.error.AdoNotFoundException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class ClientSetupTest {

    private static AdoClient.Builder builder() {
        return AdoClient.builder().organization("fabrikam").environment(n -> null);
    }

    @Test
    void defaultHttpClient_prefersHttp2NeverRedirectsAndHasConnectTimeout() {
        HttpClient http = builder().build().httpClient();

        assertThat(http.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(http.followRedirects()).isEqualTo(HttpClient.Redirect.NEVER);
        assertThat(http.connectTimeout()).contains(Duration.ofSeconds(10));
    }

    @Test
    void callerHttpClient_isUsedAsIs() {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        assertThat(builder().httpClient(http).build().httpClient()).isSameAs(http);
    }

    @Test
    void callerHttpClientWithExecutor_isConfigurationError() {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        assertThatThrownBy(() -> builder().httpClient(http).executor(Executors.newSingleThreadExecutor()).build())
                .isInstanceOf(AdoConfigurationException.class).hasMessageContaining("executor");
    }

    @Test
    void nonPositiveTimeout_isRejectedNamingTheField() {
        assertThatThrownBy(() -> builder().requestTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("requestTimeout must be positive");
    }

    @Test
    void toString_namesOrganisationCredentialKindAndCodec() {
        AdoClient client = builder().credentials(Credentials.pat("secret")).build();

        assertThat(client).hasToString("AdoClient[https://dev.azure.com/fabrikam, Credentials[pat], codec="
                + client.codec().name() + "]");
    }

    @Test
    void customUserAgent_isSent() {
        try (FakeServer server = FakeServer.start()) {
            server.enqueue(Reply.status(204));

            TestClients.builder(server).userAgent("my-tool/1.0").build().api().head("7.1").send();

            assertThat(server.request(0).header("User-Agent")).isEqualTo("my-tool/1.0");
            assertThat(server.request(0).method()).isEqualTo("HEAD");
        }
    }

    @Test
    void gzipErrorBody_isDecodedForTheMessage() {
        try (FakeServer server = FakeServer.start()) {
            server.enqueue(Reply.json(404, "{\"message\":\"TF200016: gone\"}").gzip());

            assertThatThrownBy(() -> TestClients.client(server).api().delete("7.1").send())
                    .isInstanceOfSatisfying(AdoNotFoundException.class,
                            e -> assertThat(e.adoMessage()).contains("TF200016: gone"));
        }
    }

    @Test
    void retryPolicy_invalidValues_areRejected() {
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0))
                .hasMessage("maxAttempts must be at least 1: 0");
        assertThatThrownBy(() -> RetryPolicy.builder().baseDelay(Duration.ofSeconds(5))
                .maxDelay(Duration.ofSeconds(1)).build()).hasMessageContaining("baseDelay");
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    }
}
