package ado.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.auth.Credentials;
import ado.core.error.AdoConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The opt-in HTTP log: what each level shows on {@code ado.core.http.wire} with the JDK's default logging
 * configuration, that planted secrets never show at any level, truncation, that streamed bodies are neither
 * buffered nor read twice for the log, and how the level is chosen (builder, system property, environment).
 */
@Timeout(60)
class HttpLogTest {

    private static final String PAT = "patWIRE1234doNotLeak";
    private static final String BEARER = "bearerWIRE.5678doNotLeak";
    private static final String TENANT = "tenantREF-9012secret";
    private static final String SIG = "sigWIRE3456secret";
    private static final String VARIABLE = "varSECRET-7890hidden";
    private static final String COOKIE = "cookieWIRE-2468secret";
    private static final String API_KEY = "apiKEY-1357secret";
    private static final String BODY = "{\"variables\":{\"pw\":{\"value\":\"" + VARIABLE + "\",\"isSecret\":true},"
            + "\"plain\":{\"value\":\"visible-value\",\"isSecret\":false}},\"name\":\"group\"}";

    private final WireServer server = new WireServer();
    private LogCapture log;

    @BeforeEach
    void start() {
        log = LogCapture.of("ado.core");
        // the secret-echoing server: the request's headers and body come back in the response body
        server.handle((x, i) -> {
            var echo = new StringBuilder("{\"seen\":\"");
            x.getRequestHeaders().forEach((k, v) -> echo.append(k).append('=').append(v).append(' '));
            echo.append("\",\"variables\":{\"pw\":{\"value\":\"").append(VARIABLE).append("\",\"isSecret\":true}}}");
            x.getResponseHeaders().add("Set-Cookie", "session=" + COOKIE);
            x.getResponseHeaders().add("X-Request-Note", "plain-header-value");
            WireServer.json(x, 200, echo.toString().replace("[", "").replace("]", ""));
        });
    }

    @AfterEach
    void stop() {
        log.close();
        server.close();
    }

    private AdoClient.Builder builder() {
        return AdoClient.builder().organization(URI.create(server.uri() + "/org")).environment(n -> null)
                .credentials(Credentials.pat(PAT)).retryPolicy(TestClients.fastRetries())
                .requestTimeout(Duration.ofSeconds(10)).httpLogRedactHeaders("x-tenant-ref");
    }

    private static ApiRequest post(AdoClient client) {
        return client.api().apis("distributedtask", "variablegroups").query("sig", SIG).post("7.1")
                .header("X-Tenant-Ref", TENANT).header("X-Api-Key", API_KEY)
                .body(Body.text(BODY, "application/json"));
    }

    private List<String> wire() {
        return log.records().stream().filter(r -> r.getLoggerName().equals("ado.core.http.wire"))
                .map(r -> r.getLevel() + " " + r.getMessage()).toList();
    }

    /** Every record at every level (the capture sets {@code ado.core} to {@code ALL}). */
    private String everything() {
        return String.join("\n", log.records().stream().map(r -> r.getLevel() + " " + r.getLoggerName() + " "
                + r.getMessage()).toList());
    }

    @ParameterizedTest
    @EnumSource(HttpLogLevel.class)
    void everyLevel_neverShowsAPlantedSecret(HttpLogLevel level) {
        post(builder().httpLog(level).build()).as(Map.class);
        AdoClient bearer = builder().httpLog(level).credentials(Credentials.bearer(BEARER)).build();
        post(bearer).as(Map.class);

        assertThat(server.requests()).hasSize(2).allSatisfy(r -> assertThat(r).contains(VARIABLE));
        assertThat(wire()).hasSize(level == HttpLogLevel.NONE ? 0 : 2);
        String basic = Base64.getEncoder().encodeToString((":" + PAT).getBytes(StandardCharsets.UTF_8));
        assertThat(everything()).doesNotContain(PAT, basic, BEARER, TENANT, SIG, VARIABLE, COOKIE, API_KEY);
    }

    @Test
    void basic_oneLinePerAttempt_methodRedactedUrlStatusDurationSizes() {
        post(builder().httpLog(HttpLogLevel.BASIC).build()).as(Map.class);

        assertThat(wire()).singleElement().satisfies(line -> {
            assertThat(line).startsWith("INFO [call 1, attempt 1] POST " + server.uri()
                    + "/org/_apis/distributedtask/variablegroups?sig=***");
            assertThat(line).containsPattern("-> 200 in \\d+ ms \\(request " + BODY.length()
                    + " B, response \\d+ B\\)");
            assertThat(line).doesNotContain("\n");
        });
    }

    @Test
    void headers_showRequestAndResponseHeaders_secretsMasked_noBodies() {
        post(builder().httpLog(HttpLogLevel.HEADERS).build()).as(Map.class);

        assertThat(wire()).singleElement().satisfies(record -> {
            List<String> lines = Arrays.asList(record.toLowerCase().split("\n"));
            assertThat(lines).contains("> authorization: ***", "> x-tenant-ref: ***", "> x-api-key: ***",
                    "> accept: application/json;api-version=7.1", "< set-cookie: ***",
                    "< x-request-note: plain-header-value", "< content-type: application/json; charset=utf-8");
            assertThat(record).doesNotContain("body", "visible-value");
        });
    }

    @Test
    void bodies_showTextBodies_secretVariableMasked() {
        post(builder().httpLog(HttpLogLevel.BODIES).build()).as(Map.class);

        assertThat(wire()).singleElement().satisfies(record -> {
            assertThat(record).contains("> body: " + BODY.length() + " B\n{\"variables\":{\"pw\":{\"value\":\"***\","
                    + "\"isSecret\":true},\"plain\":{\"value\":\"visible-value\",\"isSecret\":false}},"
                    + "\"name\":\"group\"}");
            assertThat(record).contains("< body: ").contains("\"seen\":\"")
                    .containsIgnoringCase("x-tenant-ref=***").contains("Authorization=Basic ***")
                    .contains("\"pw\":{\"value\":\"***\",\"isSecret\":true}");
        });
    }

    @Test
    void bodies_longerThanTheLimit_truncatedSayingHowMuch() {
        String big = "{\"value\":[" + "\"x\",".repeat(300) + "\"end\"]}";
        server.handle((x, i) -> WireServer.json(x, 200, big));

        client(HttpLogLevel.BODIES, 100).api().get("7.1").as(Map.class);

        int cut = big.length() - 100;
        assertThat(wire()).singleElement().satisfies(record -> assertThat(record)
                .contains("< body: " + big.length() + " B, showing the first 100 B, " + cut + " B cut\n"
                        + big.substring(0, 100) + "...[" + cut + " B cut]"));
    }

    private AdoClient client(HttpLogLevel level, int limit) {
        return builder().httpLog(level).httpLogBodyLimit(limit).build();
    }

    /** Serves {@code total} bytes of {@code type}, holding back all but the first chunk until {@code more} opens. */
    private void streaming(String type, long total, byte fill, CountDownLatch more) {
        server.handle((x, i) -> {
            x.getResponseHeaders().set("Content-Type", type);
            x.sendResponseHeaders(200, 0); // chunked: no length announced
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, fill);
            try (OutputStream out = x.getResponseBody()) {
                out.write(chunk);
                out.flush();
                if (!more.await(30, TimeUnit.SECONDS)) {
                    return;
                }
                for (long sent = chunk.length; sent < total; sent += chunk.length) {
                    out.write(chunk, 0, (int) Math.min(chunk.length, total - sent));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Test
    void bodies_largeBinaryStream_handedOverBeforeItIsSent_countedNotShown() throws IOException {
        long total = 8L << 20;
        CountDownLatch more = new CountDownLatch(1);
        streaming("application/zip", total, (byte) 0x50, more);
        AdoClient client = client(HttpLogLevel.BODIES, 4096);

        long read;
        try (InputStream in = client.api().get("7.1").accept("application/zip").openStream()) {
            // the server holds back the rest until now: a log that buffered the body would never get here
            byte[] first = in.readNBytes(1024);
            assertThat(first).containsOnly((byte) 0x50);
            assertThat(wire()).as("logged only once the body ends").isEmpty();
            more.countDown();
            read = first.length + in.transferTo(OutputStream.nullOutputStream());
        }

        assertThat(read).isEqualTo(total);
        assertThat(wire()).singleElement().satisfies(record -> assertThat(record)
                .contains("response " + total + " B)").contains("< body: " + total + " B of application/zip, "
                        + "not shown").doesNotContain("PPPP"));
    }

    @Test
    void bodies_largeTextStream_callerGetsEveryByteOnce_logShowsTheHead() throws IOException {
        long total = 1L << 20;
        CountDownLatch more = new CountDownLatch(1);
        streaming("text/plain", total, (byte) 'a', more);
        AdoClient client = client(HttpLogLevel.BODIES, 4096);

        byte[] all;
        try (InputStream in = client.api().get("7.1").accept("text/plain").openStream()) {
            byte[] first = in.readNBytes(10);
            more.countDown();
            byte[] rest = in.readAllBytes();
            all = new byte[first.length + rest.length];
            System.arraycopy(first, 0, all, 0, first.length);
            System.arraycopy(rest, 0, all, first.length, rest.length);
        }

        assertThat(all).hasSize((int) total).containsOnly((byte) 'a');
        assertThat(wire()).singleElement().satisfies(record -> assertThat(record)
                .contains("< body: " + total + " B, showing the first 4096 B, " + (total - 4096) + " B cut\n"
                        + "a".repeat(4096) + "...["));
    }

    @Test
    void bodies_downloadToFile_streamedAndSummarised(@TempDir Path dir) throws IOException {
        long total = 4L << 20;
        CountDownLatch more = new CountDownLatch(1);
        more.countDown();
        streaming("application/octet-stream", total, (byte) 7, more);

        long n = client(HttpLogLevel.BODIES, 4096).api().get("7.1").accept("application/octet-stream")
                .download(dir.resolve("blob.bin"));

        assertThat(n).isEqualTo(total);
        assertThat(Files.size(dir.resolve("blob.bin"))).isEqualTo(total);
        assertThat(wire()).singleElement().satisfies(record -> assertThat(record)
                .contains("< body: " + total + " B of application/octet-stream, not shown"));
    }

    @Test
    void retriedAttempts_eachLogged_withWhatHappened() {
        server.handle((x, i) -> WireServer.json(x, i == 0 ? 503 : 200, "{\"ok\":" + (i > 0) + "}"));

        client(HttpLogLevel.BASIC, 4096).api().get("7.1").as(Map.class);

        assertThat(wire()).hasSize(2);
        assertThat(wire().get(0)).contains("attempt 1]").contains("-> 503").contains("body discarded: retried");
        assertThat(wire().get(1)).contains("attempt 2]").contains("-> 200");
    }

    @Test
    void attemptWithoutResponse_loggedWithItsFailure() throws IOException {
        int port;
        try (var closed = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            port = closed.getLocalPort();
        }
        AdoClient client = builder().organization(URI.create("http://127.0.0.1:" + port + "/org"))
                .httpLog(HttpLogLevel.BASIC).retryPolicy(RetryPolicy.none()).build();

        assertThatThrownBy(() -> client.api().get("7.1").send())
                .isInstanceOf(ado.core.error.AdoTransportException.class);

        assertThat(wire()).singleElement().satisfies(line -> assertThat(line)
                .matches("INFO \\[call 1, attempt 1\\] GET http://127.0.0.1:" + port + "/org "
                        + "-> no response in \\d+ ms \\(request 0 B sent\\): ConnectException"));
    }

    @Test
    void retries_eachAtDebug_oneInfoSummaryPerCall() {
        server.handle((x, i) -> WireServer.json(x, i < 2 ? 503 : 200, "{}"));
        builder().build().api().get("7.1").correlationId("call-7").as(Map.class);

        List<LogRecord> http = log.records().stream().filter(r -> r.getLoggerName().equals("ado.core.http")).toList();
        assertThat(http).filteredOn(r -> r.getLevel().intValue() >= Level.INFO.intValue()).singleElement()
                .satisfies(r -> {
                    assertThat(r.getLevel()).isEqualTo(Level.INFO);
                    assertThat(r.getMessage()).isEqualTo("GET " + server.uri()
                            + "/org [correlation id call-7] succeeded after 3 "
                            + "attempts (2 retries, waited 30 ms in all, last cause HTTP 503)");
                });
        assertThat(http).filteredOn(r -> r.getMessage().startsWith("Retrying GET")).hasSize(2)
                .allSatisfy(r -> assertThat(r.getLevel()).isEqualTo(Level.FINE));
    }

    @Test
    void level_builderWinsOverSystemPropertyWhichWinsOverEnvironment() {
        var env = Map.of("ADO4J_HTTP_LOG", "Headers");
        builder().environment(env::get).build().api().get("7.1").send();
        assertThat(wire()).hasSize(1).allSatisfy(r -> assertThat(r).contains("\n> "));

        System.setProperty("ado4j.httpLog", " none ");
        try {
            builder().environment(env::get).build().api().get("7.1").send();
            assertThat(wire()).hasSize(1);
            builder().environment(env::get).httpLog(HttpLogLevel.BASIC).build().api().get("7.1").send();
            assertThat(wire()).hasSize(2).last().satisfies(r -> assertThat(r).doesNotContain("\n"));
        } finally {
            System.clearProperty("ado4j.httpLog");
        }
    }

    @Test
    void level_unknownName_failsNamingTheVariable() {
        assertThatThrownBy(() -> builder().environment(Map.of("ADO4J_HTTP_LOG", "verbose")::get).build())
                .isInstanceOf(AdoConfigurationException.class)
                .hasMessage("ADO4J_HTTP_LOG: HTTP log level must be one of none, basic, headers, bodies: "
                        + "\"verbose\"");
        assertThatThrownBy(() -> builder().httpLogBodyLimit(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("httpLogBodyLimit");
    }
}
