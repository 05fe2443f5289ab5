package ado.core.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.ApiRequest;
import ado.core.Body;
import ado.core.HttpLogLevel;
import ado.core.RetryPolicy;
import ado.core.auth.AccessToken;
import ado.core.auth.Credentials;
import ado.core.auth.EntraTokens;
import ado.core.error.AdoAuthenticationException;
import ado.core.error.AdoConfigurationException;
import ado.core.error.AdoException;
import ado.core.faults.RecordingServer.Answer;
import ado.core.faults.RecordingServer.Seen;
import ado.core.json.JsonValue;
import ado.core.spi.AccessTokenProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Plants a unique canary in every kind of secret (PAT, bearer token, token provider, Entra client secret and the
 * token Entra hands out, a secret custom header, a SAS {@code sig} query parameter), drives every failure path a
 * hostile server can cause (answers that echo the whole request into 4xx/5xx bodies, sign-in pages, broken and
 * mistyped JSON, refused redirects, resets, timeouts, refused connections) and the bad-input paths, with the
 * {@code ado.core} loggers at ALL and the HTTP log at {@code BODIES} (headers and bodies of every exchange); fails
 * if a canary (or the PAT's Basic encoding) appears in any exception message, cause, suppressed exception,
 * {@code toString()} or log record. Builds on {@code SecretLeakTest} and
 * {@code TokenSecretLeakTest}, which cover the same promise for the ordinary paths.
 */
@Timeout(180)
class CanaryTest {

    private static final String PAT = "canaryPAT-7f3a9c1e";
    private static final String BEARER = "canaryBEARER.8d2b4e6f";
    private static final String PROVIDED = "canaryPROVIDER_1a2b3c4d";
    private static final String CLIENT_SECRET = "canaryENTRAsecret~5e6f7a8b";
    private static final String ENTRA_TOKEN = "canaryENTRAtoken.9c0d1e2f";
    private static final String API_KEY = "canaryAPIKEY-3344aabb";
    private static final String SIG = "canarySIG0011ccdd";
    private static final List<String> CANARIES = List.of(PAT, BEARER, PROVIDED, CLIENT_SECRET, ENTRA_TOKEN, API_KEY,
            SIG, Base64.getEncoder().encodeToString((":" + PAT).getBytes(StandardCharsets.UTF_8)),
            URLEncoder.encode(CLIENT_SECRET, StandardCharsets.UTF_8));

    private static final String TENANT = "contoso.onmicrosoft.com";
    private static final String TOKEN_PATH = "/" + TENANT + "/oauth2/v2.0/token";

    /** Every kind of credential a client can send. */
    enum Kind { PAT, BEARER, PROVIDER, ENTRA }

    private final RecordingServer tls = RecordingServer.https();
    private final RecordingServer otherTls = RecordingServer.https();
    private final RecordingServer plain = RecordingServer.http();
    private final RecordingServer entra = RecordingServer.http();
    private final ResettingServer resetting = new ResettingServer();
    private final List<String> outputs = Collections.synchronizedList(new ArrayList<>());
    private final List<String> logged = Collections.synchronizedList(new ArrayList<>());
    private final Logger adoLogger = Logger.getLogger("ado.core");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage();
            if (record.getParameters() != null) {
                message += " " + List.of(record.getParameters());
            }
            logged.add(record.getLevel() + " " + record.getLoggerName() + " " + message
                    + (record.getThrown() == null ? "" : " " + text(record.getThrown())));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void start() {
        adoLogger.setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
        tls.handle(this::hostile);
        otherTls.handle(this::hostile);
        plain.handle(this::hostile);
        entra.handle(r -> Answer.json(200, "{\"access_token\":\"" + ENTRA_TOKEN + "\",\"expires_in\":3600}"));
    }

    @AfterEach
    void stop() {
        Logger.getLogger("").removeHandler(capture);
        adoLogger.setLevel(null);
        tls.close();
        otherTls.close();
        plain.close();
        entra.close();
        resetting.close();
    }

    // ---- the hostile server: every answer echoes the whole request (headers, URL, body) ----

    private Answer hostile(Seen r) {
        String echo = r.dump();
        String path = URI.create(r.target()).getPath();
        String what = path.substring(path.lastIndexOf('/') + 1);
        return switch (what) {
            case "e400" -> Answer.json(400, "{\"message\":" + json(echo) + ",\"typeKey\":" + json(echo)
                    + ",\"typeName\":" + json(echo) + ",\"errorCode\":1}");
            case "e401" -> Answer.json(401, "{\"message\":" + json(echo) + "}");
            case "e403" -> Answer.text(403, "text/plain", echo);
            case "e404" -> Answer.text(404, "text/html", "<html><body><p>" + echo + "</p></body></html>");
            case "e409" -> Answer.json(409, "[{\"message\":" + json(echo) + "}]");
            case "e500" -> Answer.text(500, "text/html", "<h1>Server Error</h1><pre>" + echo + "</pre>");
            case "e503" -> new Answer(503, Map.of("Retry-After", "0", "Content-Type", "text/plain",
                    "ActivityId", "act-" + echo.length()), echo.getBytes(StandardCharsets.UTF_8));
            case "e203" -> Answer.text(203, "text/html", "<html>" + echo + "</html>");
            case "signin" -> Answer.text(200, "text/html", "<html><title>Sign in to your account</title>"
                    + "<a href='https://login.microsoftonline.com/'>" + echo + "</a></html>");
            case "badjson" -> Answer.json(200, "{\"value\": " + json(echo) + ", \"broken\": ");
            case "string" -> Answer.json(200, json(echo));
            case "down" -> new Answer(307, Map.of("Location", "http://127.0.0.1:9/steal?sig=" + SIG + "&code="
                    + API_KEY), echo.getBytes(StandardCharsets.UTF_8));
            case "cross" -> Answer.redirect(307, otherTls.uri("localhost") + "/x?sig=" + SIG);
            case "slow" -> {
                sleep(1500);
                yield Answer.json(200, "{}");
            }
            default -> Answer.json(418, "{\"message\":" + json("unexpected " + echo) + "}");
        };
    }

    private static final List<String> SCENARIOS = List.of("e400", "e401", "e403", "e404", "e409", "e500", "e503",
            "e203", "signin", "badjson", "string", "down", "cross");

    // ---- the clients ----

    private AdoClient.Builder builder(URI organization, Kind kind) {
        return AdoClient.builder().organization(URI.create(organization + "/org")).environment(n -> null)
                .credentials(credentials(kind)).sslContext(SelfSignedTls.client()).httpLog(HttpLogLevel.BODIES)
                .retryPolicy(RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(5))
                        .maxDelay(Duration.ofMillis(10)).jitter(false).build())
                .requestTimeout(Duration.ofSeconds(20));
    }

    private Credentials credentials(Kind kind) {
        return switch (kind) {
            case PAT -> Credentials.pat(PAT);
            case BEARER -> Credentials.bearer(BEARER);
            case PROVIDER -> Credentials.tokenProvider(provider(PROVIDED));
            case ENTRA -> Credentials.tokenProvider(entraFlows().clientSecret(TENANT, "client-id", CLIENT_SECRET));
        };
    }

    private static AccessTokenProvider provider(String token) {
        return new AccessTokenProvider() {
            @Override
            public AccessToken fetchToken() {
                return new AccessToken(token, Instant.now().plusSeconds(3600));
            }

            @Override
            public String name() {
                return "canary-provider";
            }
        };
    }

    private EntraTokens entraFlows() {
        return EntraTokens.builder().environment(n -> null).authorityHost(entra.uri())
                .httpClient(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build())
                .requestTimeout(Duration.ofSeconds(10)).build();
    }

    private static ApiRequest request(AdoClient client, String scenario, boolean post) {
        var call = client.api().project("p").path(scenario).query("sig", SIG);
        ApiRequest r = (post ? call.post("7.1").body(Body.json(Map.of("name", "group"))) : call.get("7.1"))
                .header("X-Api-Key", API_KEY);
        return r;
    }

    // ---- the tests ----

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyFailurePath_neverShowsACanary(Kind kind) {
        AdoClient client = builder(tls.uri(), kind).build();

        for (String scenario : SCENARIOS) {
            expectFailure(scenario + " GET", () -> request(client, scenario, false).as(Integer.class));
            expectFailure(scenario + " POST", () -> request(client, scenario, true).as(Integer.class));
        }
        expectFailure("badjson as tree", () -> request(client, "badjson", false).as(JsonValue.class));
        expectFailure("string as UUID", () -> request(client, "string", false).as(UUID.class));
        expectFailure("string as Instant", () -> request(client, "string", false).as(Instant.class));
        expectFailure("stream", () -> request(client, "e500", false).openStream());
        expectFailure("download", () -> request(client, "e403", false).download(new java.io.ByteArrayOutputStream()));

        AdoClient plainClient = builder(plain.uri(), kind).build();
        expectFailure("plain e401", () -> request(plainClient, "e401", false).send());

        AdoClient slow = builder(tls.uri(), kind).requestTimeout(Duration.ofMillis(300)).build();
        expectFailure("timeout GET", () -> request(slow, "slow", false).send());
        expectFailure("timeout POST", () -> request(slow, "slow", true).send());

        AdoClient reset = builder(resetting.uri(), kind).requestTimeout(Duration.ofSeconds(5)).build();
        expectFailure("reset GET", () -> request(reset, "any", false).send());
        expectFailure("reset POST", () -> request(reset, "any", true).send());

        AdoClient refused = builder(URI.create("http://127.0.0.1:" + closedPort()), kind).build();
        expectFailure("refused", () -> request(refused, "any", false).send());

        outputs.add(client.toString());
        outputs.add(client.credentials().toString());
        outputs.add(request(client, "x", true).toString());
        outputs.add(request(client, "x", true).uri().toString().replace(SIG, "<sig in the URL is expected>"));

        assertThat(tls.requests()).as("the hostile server saw the secrets it echoes")
                .anySatisfy(r -> assertThat(r.header("X-Api-Key")).isEqualTo(API_KEY));
        assertClean(SCENARIOS.size() * 2 + 13);
    }

    @Test
    void badInput_credentialsHeadersAndTokens_refusedWithoutTheValue() {
        expectRefused(AdoAuthenticationException.class, () -> Credentials.pat(PAT + "\u0000x"));
        expectRefused(AdoAuthenticationException.class, () -> Credentials.pat(PAT + "\r\n" + PAT));
        expectRefused(AdoAuthenticationException.class, () -> Credentials.bearer(BEARER + "\nx"));
        expectRefused(AdoAuthenticationException.class, () -> Credentials.bearer(BEARER + " " + BEARER));
        expectRefused(AdoAuthenticationException.class, () -> new AccessToken(PROVIDED + "\r\nx", Instant.MAX));
        expectRefused(AdoAuthenticationException.class, () -> entraFlows().clientSecret(TENANT, "c",
                CLIENT_SECRET + "\u0007"));
        AdoClient client = builder(tls.uri(), Kind.PAT).build();
        expectRefused(IllegalArgumentException.class, () -> client.api().get("7.1").header("X-Api-Key",
                API_KEY + "\r\nX-Injected: 1"));
        expectRefused(IllegalArgumentException.class, () -> client.api().get("7.1").header("X-Api-Key\r\n"
                + API_KEY, "v"));
        expectRefused(IllegalArgumentException.class, () -> AdoClient.builder().userAgent("ua\n" + API_KEY));
        expectRefused(IllegalArgumentException.class, () -> AdoClient.builder()
                .organization("https://me:" + PAT + "@dev.azure.com/x y"));
        expectRefused(IllegalArgumentException.class, () -> AdoClient.builder().organization("org\r\n" + PAT));

        assertThat(tls.requests()).isEmpty();
        assertClean(11);
    }

    @Test
    void providerTokenWithControlCharacter_failsTypedBeforeAnythingIsSent() {
        AdoClient client = builder(tls.uri(), Kind.PAT).credentials(Credentials.tokenProvider(
                provider(PROVIDED + "\u0000tail"))).build();

        assertThatThrownBy(() -> client.api().get("7.1").send()).isInstanceOfSatisfying(
                AdoAuthenticationException.class, e -> assertThat(e).hasMessage("token contains a control character"
                        + " at index " + PROVIDED.length() + "; only visible ASCII characters can be sent in a header"
                        + " [correlation id " + e.correlationId().orElseThrow() + "]"));
        assertThat(tls.requests()).isEmpty();
    }

    @Test
    void providerTokenWithTrailingNewline_isStrippedAndSent() {
        tls.handle(r -> Answer.status(204));
        AdoClient client = builder(tls.uri(), Kind.PAT).credentials(Credentials.tokenProvider(
                provider(PROVIDED + "\n"))).build();

        client.api().get("7.1").send();

        assertThat(tls.requests()).singleElement()
                .satisfies(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer " + PROVIDED));
    }

    @Test
    void entraEndpoint_echoingTheRequestOrAnsweringBadTokens_neverShowsACanary() {
        Function<Seen, Answer> echo = r -> Answer.json(401, "{\"error\":\"invalid_client\",\"error_description\":"
                + json(r.dump()) + "}");
        AccessTokenProvider flow = entraFlows().clientSecret(TENANT, "client-id", CLIENT_SECRET);
        List<Function<Seen, Answer>> answers = List.of(echo,
                r -> Answer.json(400, "{\"error\":\"bad\",\"error_description\":" + json(r.bodyText()) + "}"),
                r -> Answer.json(500, "{\"error\":" + json(r.dump()) + "}"),
                r -> Answer.json(200, "{\"access_token\":\"" + ENTRA_TOKEN + "\\n" + ENTRA_TOKEN
                        + "\",\"expires_in\":3600}"),
                r -> Answer.json(200, "{\"access_token\":\"" + ENTRA_TOKEN + " x\",\"expires_in\":3600}"),
                r -> Answer.json(200, "{\"access_token\":" + json(r.dump())),
                r -> Answer.json(200, "{\"access_token\":\"" + ENTRA_TOKEN + "\"}"));
        for (Function<Seen, Answer> answer : answers) {
            entra.handle(answer);
            expectFailure("entra", flow::fetchToken);
            AdoClient client = builder(tls.uri(), Kind.PAT).credentials(Credentials.tokenProvider(
                    entraFlows().clientSecret(TENANT, "client-id", CLIENT_SECRET))).build();
            expectFailure("entra via client", () -> client.api().get("7.1").send());
        }
        outputs.add(flow.toString());
        outputs.add(entraFlows().toString());

        assertThat(entra.requests()).anySatisfy(r -> assertThat(r.bodyText()).contains("client_secret="));
        assertThat(outputs).anyMatch(o -> o.contains(AdoConfigurationException.class.getSimpleName()));
        assertThat(tls.requests()).isEmpty();
        assertClean(answers.size() * 2);
    }

    // ---- plumbing ----

    private void expectFailure(String what, Runnable call) {
        try {
            call.run();
        } catch (AdoException e) {
            outputs.add(what + ": " + text(e));
            return;
        }
        throw new AssertionError(what + ": expected an AdoException");
    }

    private void expectRefused(Class<? extends RuntimeException> type, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            assertThat(e).isInstanceOf(type);
            outputs.add(text(e));
            return;
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private void assertClean(int minimumOutputs) {
        List<String> all = new ArrayList<>(outputs);
        all.addAll(logged);
        assertThat(outputs).hasSizeGreaterThanOrEqualTo(minimumOutputs);
        for (String canary : CANARIES) {
            assertThat(all).as("outputs showing canary " + canary).noneMatch(o -> o.contains(canary));
        }
    }

    /** The message, causes and suppressed exceptions with their stack traces, and toString(). */
    private static String text(Throwable t) {
        var out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return t + "\n" + out;
    }

    private static String json(String text) {
        var sb = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return sb.append('"').toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int closedPort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Accepts connections, reads the request head, then resets the connection without answering. */
    private static final class ResettingServer implements AutoCloseable {

        private final ServerSocket socket;

        ResettingServer() {
            try {
                socket = new ServerSocket();
                socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Thread t = new Thread(this::loop, "resetting-server");
            t.setDaemon(true);
            t.start();
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }

        private void loop() {
            while (!socket.isClosed()) {
                try (Socket s = socket.accept()) {
                    InputStream in = s.getInputStream();
                    int matched = 0;
                    while (matched < 4) {
                        int c = in.read();
                        if (c < 0) {
                            break;
                        }
                        matched = (c == '\r' || c == '\n') ? matched + 1 : 0;
                    }
                    s.setSoLinger(true, 0);
                } catch (IOException e) {
                    // closed, or the client went away
                }
            }
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
