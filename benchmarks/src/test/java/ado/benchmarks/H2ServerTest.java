package ado.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import ado.benchmarks.UserCallers.Caller;
import ado.core.AdoClient;
import ado.core.auth.Credentials;
import ado.model.core.Projects;
import ado.model.core.TeamProject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The h2 target (Jetty 12, HTTP/2 over TLS with ALPN, in its own process): ado4j negotiates HTTP/2 and multiplexes
 * concurrent calls from many threads on one connection; the same calls over HTTP/1.1 need several connections. What
 * the server saw (connections, requests per protocol, requests in flight at once) is read from its
 * {@code /_bench/cpu} counters. No timings are asserted: the server holds each answer 200 ms so that calls released
 * together overlap on any machine.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class H2ServerTest {

    private static final int THREADS = 16;

    @TempDir
    static Path dir;
    private static ServerProcess server;
    private static SSLContext trust;
    private static HttpClient probe;
    private static ExecutorService pool;

    /** What the server counted between two reads. */
    record Seen(long connections, long http2, long http1, long peakInFlight) {
    }

    @BeforeAll
    static void start() throws Exception {
        Path keystore = BenchTls.generate(dir);
        trust = BenchTls.clientContext(keystore);
        server = ServerProcess.start(keystore, 200, 0, 6, true, H2ServerProvider.DEFAULT_MAX_STREAMS);
        probe = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(trust).build();
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterAll
    static void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
        if (server != null) {
            server.close();
            assertThat(server.isAlive()).isFalse();
        }
    }

    @Test
    void ado4j_defaults_negotiatesHttp2AndSendsSixteenConcurrentCallsOnOneConnection() throws Exception {
        AdoClient client = ado4j(null);
        Projects.list(client.api()).toList(); // the connection (and TLS with ALPN) before the counting starts
        long[] before = counters();

        List<List<TeamProject>> answers = sixteenAtOnce(client);

        Seen seen = since(before);
        assertThat(answers).hasSize(THREADS).allSatisfy(projects -> assertThat(projects).hasSize(5)
                .isEqualTo(answers.get(0)));
        assertThat(seen.http2()).as("HTTP/2 requests").isEqualTo(THREADS);
        assertThat(seen.http1()).as("HTTP/1.1 requests").isZero();
        assertThat(seen.connections()).as("connections opened while the 16 calls ran").isZero();
        assertThat(seen.peakInFlight()).as("streams in flight at once").isGreaterThan(1);
    }

    /**
     * JDK 17's client opens a connection for every request that finds no HTTP/2 connection to its origin yet
     * ({@code Http2ClientImpl.getConnectionFor}); the first to complete its handshake is kept, the others carry their
     * one stream and are closed. ado.core lets the first request to an origin go alone ({@code FirstConnection}), so
     * 16 first calls from a fresh client open one connection, and every later call shares it.
     */
    @Test
    void ado4j_freshClientWithSixteenThreads_opensOneConnectionAndSharesIt() throws Exception {
        AdoClient client = ado4j(null);
        long[] before = counters();

        List<List<TeamProject>> first = sixteenAtOnce(client); // no connection yet: the first call opens it alone
        Seen opening = since(before);
        long[] between = counters();
        List<List<TeamProject>> second = sixteenAtOnce(client);
        Seen after = since(between);

        assertThat(first).hasSize(THREADS).allSatisfy(projects -> assertThat(projects).hasSize(5));
        assertThat(second).hasSize(THREADS).allSatisfy(projects -> assertThat(projects).hasSize(5));
        assertThat(opening.connections()).as("connections opened by the first 16 calls").isEqualTo(1);
        assertThat(opening.http2()).as("HTTP/2 requests").isEqualTo(THREADS);
        assertThat(after.connections()).as("connections opened by the next 16 calls").isZero();
        assertThat(after.http2()).as("HTTP/2 requests").isEqualTo(THREADS);
        assertThat(after.http1()).as("HTTP/1.1 requests").isZero();
        assertThat(after.peakInFlight()).as("streams in flight at once").isGreaterThan(1);
    }

    @Test
    void ado4j_http1Client_sendsSixteenConcurrentCallsOnSeveralConnections() throws Exception {
        AdoClient client = ado4j(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(trust)
                .build());
        long[] before = counters();

        List<List<TeamProject>> answers = sixteenAtOnce(client);

        Seen seen = since(before);
        assertThat(answers).hasSize(THREADS).allSatisfy(projects -> assertThat(projects).hasSize(5));
        assertThat(seen.http1()).as("HTTP/1.1 requests").isEqualTo(THREADS);
        assertThat(seen.http2()).as("HTTP/2 requests").isZero();
        assertThat(seen.connections()).as("connections").isGreaterThan(1).isLessThanOrEqualTo(THREADS);
    }

    @Test
    void everyCaller_h2Target_answersEveryScenarioInTheProtocolItAsksFor() throws Exception {
        for (String name : UserCallers.NAMES) {
            Caller caller = UserCallers.create(name, server.organization(), trust);
            long[] before = counters();
            assertThat(caller.projects()).as(name).hasSize(5);
            assertThat(caller.workItemBatch()).as(name).hasSize(UserServer.BATCH_SIZE);
            assertThat(caller.pullRequests()).as(name).hasSize(UserServer.LIST_SIZE);
            assertThat(caller.builds()).as(name).hasSize(UserServer.LIST_SIZE);
            Seen seen = since(before);
            long requests = 1 + 1 + 11 + 10;
            if (name.contains("h1")) {
                assertThat(seen.http1()).as(name).isEqualTo(requests);
                assertThat(seen.http2()).as(name).isZero();
            } else {
                assertThat(seen.http2()).as(name).isEqualTo(requests);
                assertThat(seen.http1()).as(name).isZero();
            }
        }
    }

    @Test
    void gzip_h2Target_compressesAsTheOtherTargets() throws Exception {
        var http = HttpClient.newBuilder().sslContext(trust).build(); // HTTP/2 preferred
        URI projects = URI.create(server.organization() + "/_apis/projects");
        var plain = http.send(HttpRequest.newBuilder(projects).build(), HttpResponse.BodyHandlers.ofByteArray());
        var zipped = http.send(HttpRequest.newBuilder(projects).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(plain.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))
                .readAllBytes()).isEqualTo(plain.body());
    }

    private static AdoClient ado4j(HttpClient http) {
        var b = AdoClient.builder().organization(server.organization()).environment(n -> null)
                .credentials(Credentials.anonymous()).requestTimeout(Duration.ofSeconds(60));
        if (http == null) {
            b.sslContext(trust);
        } else {
            b.httpClient(http);
        }
        return b.build();
    }

    /** One project-list call from each of 16 threads, released together. */
    private static List<List<TeamProject>> sixteenAtOnce(AdoClient client) throws Exception {
        var barrier = new CyclicBarrier(THREADS);
        var futures = new ArrayList<Future<List<TeamProject>>>();
        for (int i = 0; i < THREADS; i++) {
            futures.add(pool.submit(() -> {
                barrier.await(60, TimeUnit.SECONDS);
                return Projects.list(client.api()).toList();
            }));
        }
        var answers = new ArrayList<List<TeamProject>>();
        for (var f : futures) {
            answers.add(f.get(120, TimeUnit.SECONDS));
        }
        return answers;
    }

    /** {@return the server's counters: CPU ns, upgrades, connections, HTTP/2, HTTP/1.1 requests, peak in flight} */
    private static long[] counters() throws Exception {
        String text = probe.send(HttpRequest.newBuilder(URI.create(server.organization().resolve("/_bench/cpu")
                .toString())).build(), HttpResponse.BodyHandlers.ofString()).body();
        long[] values = Arrays.stream(text.strip().split(" ")).mapToLong(Long::parseLong).toArray();
        assertThat(values).hasSize(6);
        return values;
    }

    private static Seen since(long[] before) throws Exception {
        long[] now = counters();
        return new Seen(now[2] - before[2], now[3] - before[3], now[4] - before[4], now[5]);
    }
}
