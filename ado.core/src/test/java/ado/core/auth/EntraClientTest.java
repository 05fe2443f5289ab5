package ado.core.auth;

import static ado.core.auth.Flows.CLIENT;
import static ado.core.auth.Flows.IMDS_PATH;
import static ado.core.auth.Flows.JOB_TOKEN;
import static ado.core.auth.Flows.SECRET;
import static ado.core.auth.Flows.TENANT;
import static ado.core.auth.Flows.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.RetryPolicy;
import ado.core.auth.TokenServer.Reply;
import ado.core.error.AdoAuthenticationException;
import ado.core.spi.AccessTokenProvider;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The built-in flows end to end: the test server plays Entra, IMDS, App Service, Azure Pipelines and ADO. */
class EntraClientTest {

    private static final String API_PATH = "/org/_apis/projects";
    private static final String OIDC_PATH = "/pipeline/oidctoken";

    private final TokenServer server = TokenServer.start();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        server.close();
    }

    private AdoClient client(AccessTokenProvider provider) {
        return AdoClient.builder().organization(URI.create(server.uri() + "/org")).environment(n -> null)
                .credentials(Credentials.tokenProvider(provider))
                .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(10)).jitter(false).build())
                .build();
    }

    private void get(AdoClient client) {
        client.api().apis("projects").get("7.1").send();
    }

    private void apiAccepts(Function<String, Boolean> authorization) {
        server.route(API_PATH, r -> authorization.apply(r.header("Authorization"))
                ? Reply.json(200, "{\"count\":0,\"value\":[]}")
                : Reply.json(401, "{\"message\":\"TF400813: not authorized\"}"));
    }

    static Stream<String> flows() {
        return Stream.of("client-secret", "workload-identity", "managed-identity (IMDS)",
                "managed-identity (App Service)", "azure-cli", "azure-pipelines", "default chain");
    }

    /** Routes every token endpoint, each answering a token named after the flow, and builds that flow. */
    private AccessTokenProvider flow(String name) throws IOException {
        String expiresOn = Long.toString(Instant.now().getEpochSecond() + 3600);
        Map<String, String> env = new HashMap<>(Map.of("AZURE_TENANT_ID", TENANT, "AZURE_CLIENT_ID", CLIENT));
        server.route(TOKEN_PATH, r -> Reply.token("entra-" + r.form().getOrDefault("client_secret",
                        r.form().get("client_assertion")), 3599))
                .route(IMDS_PATH, r -> Reply.json(200, "{\"access_token\":\"imds\",\"expires_on\":\"" + expiresOn
                        + "\"}"))
                .route("/msi/token", r -> Reply.json(200, "{\"access_token\":\"appservice\",\"expires_on\":\""
                        + expiresOn + "\"}"))
                .route(OIDC_PATH, r -> Reply.json(200, "{\"oidcToken\":\"oidc\"}"));
        EntraTokens.CommandRunner az = (command, timeout) -> new EntraTokens.CommandResult(0,
                "{\"accessToken\":\"cli\",\"expires_on\":" + expiresOn + "}", "");
        Function<Map<String, String>, EntraTokens> flows = e -> Flows.against(server, e).commandRunner(az).build();
        return switch (name) {
            case "client-secret" -> flows.apply(env).clientSecret(TENANT, CLIENT, SECRET);
            case "workload-identity" -> {
                env.put("AZURE_FEDERATED_TOKEN_FILE", Files.writeString(dir.resolve("t"), "federated").toString());
                yield flows.apply(env).workloadIdentity();
            }
            case "managed-identity (IMDS)" -> flows.apply(env).managedIdentity();
            case "managed-identity (App Service)" -> {
                env.putAll(Map.of("IDENTITY_ENDPOINT", server.uri() + "/msi/token", "IDENTITY_HEADER", "h"));
                yield flows.apply(env).managedIdentity();
            }
            case "azure-cli" -> flows.apply(env).azureCli();
            case "azure-pipelines" -> {
                env.putAll(Map.of("SYSTEM_OIDCREQUESTURI", server.uri() + OIDC_PATH, "SYSTEM_ACCESSTOKEN", JOB_TOKEN));
                yield flows.apply(env).azurePipelines("connection");
            }
            case "default chain" -> flows.apply(env).defaultChain(); // nothing for Entra: IMDS answers
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static String expectedToken(String flow) {
        return switch (flow) {
            case "client-secret" -> "entra-" + SECRET;
            case "workload-identity" -> "entra-federated";
            case "managed-identity (IMDS)", "default chain" -> "imds";
            case "managed-identity (App Service)" -> "appservice";
            case "azure-cli" -> "cli";
            case "azure-pipelines" -> "entra-oidc";
            default -> throw new IllegalArgumentException(flow);
        };
    }

    @ParameterizedTest
    @MethodSource("flows")
    void builtInFlow_tokenFetched_sentToAzureDevOpsAsBearer(String flow) throws IOException {
        apiAccepts(auth -> true);

        get(client(flow(flow)));

        assertThat(server.requests(API_PATH)).extracting(r -> r.header("Authorization"))
                .containsExactly("Bearer " + expectedToken(flow));
    }

    @Test
    void tokenExpiringMidRun_eightThreads_refreshedExactlyOnce() throws Exception {
        var fetches = new AtomicInteger();
        var refreshed = new AtomicBoolean();
        var refreshedAt = new AtomicLong();
        server.route(TOKEN_PATH, r -> {
            int n = fetches.incrementAndGet();
            if (n == 2) {
                refreshedAt.set(System.nanoTime());
                refreshed.set(true);
            }
            return Reply.token("token-" + n, n == 1 ? 2 : 3600); // the first lives 2 s, refreshed after 1 s
        });
        apiAccepts(auth -> auth.startsWith("Bearer token-"));
        var provider = EntraTokens.builder().environment(n -> null).authorityHost(server.uri()).build()
                .clientSecret(TENANT, CLIENT, SECRET);
        AdoClient client = client(provider);
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
                        get(client);
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

        assertThat(fetches).hasValue(2);
        assertThat(server.requests(API_PATH)).extracting(r -> r.header("Authorization"))
                .contains("Bearer token-1", "Bearer token-2").containsOnly("Bearer token-1", "Bearer token-2");
    }

    @Test
    void rejectedToken_401_retriedOnceWithFreshToken() {
        var fetches = new AtomicInteger();
        server.route(TOKEN_PATH, r -> Reply.token("token-" + fetches.incrementAndGet(), 3600));
        apiAccepts(auth -> auth.equals("Bearer token-2")); // token-1 was revoked

        get(client(Flows.against(server, Map.of()).clock(Clock.systemUTC()).build()
                .clientSecret(TENANT, CLIENT, SECRET)));

        assertThat(fetches).hasValue(2);
        assertThat(server.requests(API_PATH)).extracting(r -> r.header("Authorization"))
                .containsExactly("Bearer token-1", "Bearer token-2");
    }

    @Test
    void rejectedToken_401Again_failsAfterOneRetry() {
        var fetches = new AtomicInteger();
        server.route(TOKEN_PATH, r -> Reply.token("token-" + fetches.incrementAndGet(), 3600));
        apiAccepts(auth -> false);
        AdoClient client = client(Flows.against(server, Map.of()).clock(Clock.systemUTC()).build()
                .clientSecret(TENANT, CLIENT, SECRET));

        assertThatThrownBy(() -> get(client)).isInstanceOf(AdoAuthenticationException.class);
        assertThat(fetches).hasValue(2);
        assertThat(server.requests(API_PATH)).hasSize(2);
    }

    @Test
    void rejectedPat_401_notRetried() {
        apiAccepts(auth -> false);
        AdoClient client = AdoClient.builder().organization(URI.create(server.uri() + "/org"))
                .environment(n -> null).credentials(Credentials.pat("pat")).build();

        assertThatThrownBy(() -> get(client)).isInstanceOf(AdoAuthenticationException.class);
        assertThat(server.requests(API_PATH)).hasSize(1);
    }

    @Test
    void rejectedToken_eightThreadsAt401_oneFreshToken() throws Exception {
        var fetches = new AtomicInteger();
        server.route(TOKEN_PATH, r -> Reply.token("token-" + fetches.incrementAndGet(), 3600));
        apiAccepts(auth -> !auth.equals("Bearer token-1"));
        AdoClient client = client(Flows.against(server, Map.of()).clock(Clock.systemUTC()).build()
                .clientSecret(TENANT, CLIENT, SECRET));

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            var start = new CountDownLatch(1);
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    get(client);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : results) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(fetches).hasValue(2);
    }
}
