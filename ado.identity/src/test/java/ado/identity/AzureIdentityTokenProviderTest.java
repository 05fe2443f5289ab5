package ado.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ado.core.AdoClient;
import ado.core.auth.Credentials;
import ado.core.error.AdoConfigurationException;
import ado.core.spi.AccessTokenProvider;
import ado.identity.internal.DiscoveredAzureIdentity;
import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.core.exception.ClientAuthenticationException;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class AzureIdentityTokenProviderTest {

    private static final String SECRET_TOKEN = "azureTOKENdoNotLeak";

    private HttpServer server;
    private final ExecutorService serverThreads = Executors.newCachedThreadPool();
    private final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void startAzureDevOps() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.setExecutor(serverThreads);
        server.createContext("/org/_apis/projects", exchange -> {
            try (exchange) {
                authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
                byte[] body = "{\"count\":0,\"value\":[]}".getBytes();
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        serverThreads.shutdownNow();
    }

    private AdoClient.Builder client() {
        return AdoClient.builder().organization(URI.create("http://127.0.0.1:" + server.getAddress().getPort()
                + "/org"));
    }

    private static AccessToken token(String value, Duration lifetime) {
        return new AccessToken(value, OffsetDateTime.now().plus(lifetime));
    }

    @Test
    void serviceLoader_onModulePath_findsDiscoveredAzureIdentity() {
        getClass().getModule().addUses(AccessTokenProvider.class); // the tests run inside ado.identity
        List<AccessTokenProvider> found = ServiceLoader.load(AccessTokenProvider.class).stream()
                .map(ServiceLoader.Provider::get).toList();

        assertThat(found).hasExactlyElementsOfTypes(DiscoveredAzureIdentity.class);
        assertThat(found.get(0).name()).isEqualTo("azure-identity (DefaultAzureCredential)");
    }

    @Test
    void adoClient_noCredentialsConfigured_usesDiscoveredProvider() {
        AdoClient client = client().environment(name -> null).build();

        assertThat(client.credentials()).hasToString("Credentials[tokenProvider azure-identity "
                + "(DefaultAzureCredential)]");
    }

    @Test
    void adoClient_patInEnvironment_winsOverDiscoveredProvider() {
        AdoClient client = client().environment(Map.of("AZURE_DEVOPS_EXT_PAT", "pat")::get).build();

        assertThat(client.credentials()).hasToString("Credentials[pat]");
    }

    @Test
    void fakeCredential_tokenExpiringMidRun_refreshedOnceForEightThreads() throws Exception {
        TokenCredential credential = mock(TokenCredential.class);
        var refreshed = new AtomicBoolean();
        var refreshedAt = new AtomicLong();
        when(credential.getTokenSync(any())).thenReturn(token("token-1", Duration.ofSeconds(2)))
                .thenAnswer(call -> {
                    refreshedAt.set(System.nanoTime());
                refreshed.set(true);
                    return token("token-2", Duration.ofHours(1));
                });
        AdoClient client = client().environment(name -> null)
                .credentials(Credentials.tokenProvider(AzureIdentityTokenProvider.of(credential))).build();
        // every thread keeps calling until half a second after the refresh (at most 20 s)
        long hardEnd = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        long afterRefresh = Duration.ofMillis(500).toNanos();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            var start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    int calls = 0;
                    for (long now = System.nanoTime(); hardEnd - now > 0
                            && (!refreshed.get() || now - refreshedAt.get() < afterRefresh);
                         now = System.nanoTime(), calls++) {
                        client.api().apis("projects").get("7.1").send();
                    }
                    return calls;
                }));
            }
            start.countDown();
            for (Future<Integer> f : results) {
                assertThat(f.get(30, TimeUnit.SECONDS)).isPositive();
            }
        } finally {
            pool.shutdownNow();
        }

        verify(credential, times(2)).getTokenSync(any());
        assertThat(authorizations).contains("Bearer token-1", "Bearer token-2")
                .containsOnly("Bearer token-1", "Bearer token-2");
    }

    @Test
    void fakeCredential_asked_withAzureDevOpsScope() {
        TokenCredential credential = mock(TokenCredential.class);
        when(credential.getTokenSync(any())).thenReturn(token(SECRET_TOKEN, Duration.ofHours(1)));

        var fetched = AzureIdentityTokenProvider.of(credential).fetchToken();

        var request = ArgumentCaptor.forClass(TokenRequestContext.class);
        verify(credential).getTokenSync(request.capture());
        assertThat(request.getValue().getScopes()).containsExactly("499b84ac-1321-427f-aa17-267ca6975798/.default");
        assertThat(fetched.token()).isEqualTo(SECRET_TOKEN);
    }

    @Test
    void fakeCredential_fails_messageNamesCredentialAndCause() {
        TokenCredential credential = mock(TokenCredential.class);
        when(credential.getTokenSync(any())).thenThrow(new ClientAuthenticationException("AADSTS700016: "
                + "Application not found", null));
        var provider = AzureIdentityTokenProvider.of(credential);

        assertThatThrownBy(provider::fetchToken).isInstanceOf(AdoConfigurationException.class)
                .hasMessageStartingWith("azure-identity (")
                .hasMessageEndingWith("): no token (ClientAuthenticationException: AADSTS700016: Application not "
                        + "found)");
    }

    @Test
    void fakeCredential_returnsNothing_rejected() {
        TokenCredential credential = mock(TokenCredential.class);
        var provider = AzureIdentityTokenProvider.of(credential);

        assertThatThrownBy(provider::fetchToken).isInstanceOf(AdoConfigurationException.class)
                .hasMessageEndingWith("the credential returned no token");
    }

    @Test
    void provider_toString_hidesToken() {
        TokenCredential credential = mock(TokenCredential.class);
        when(credential.getTokenSync(any())).thenReturn(token(SECRET_TOKEN, Duration.ofHours(1)));
        var provider = AzureIdentityTokenProvider.of(credential);

        assertThat(provider.fetchToken().toString()).doesNotContain(SECRET_TOKEN);
        assertThat(provider.toString()).doesNotContain(SECRET_TOKEN);
    }
}
