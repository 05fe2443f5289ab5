package ado.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import ado.oop.AzureDevOpsService;
import ado.oop.Project;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The emulator, unchanged, served over HTTP/2 by Jetty through {@link H2ServerProvider} in a process of its own
 * ({@link BulkServer}); the object layer's bulk read over it: HTTP/2 on one connection from the first request on,
 * HTTP/1.1 on at most as many
 * connections as batches in flight. No timings.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class BulkServerTest {

    private static final int ITEMS = 2000; // 10 batches of 200
    private static final int PARALLELISM = 8;

    @TempDir
    Path dir;

    @Test
    void bulkRead_emulatorOnJettyH2_http2SharesOneConnectionAndHttp1StaysWithinTheBound() throws Exception {
        Path keystore = BenchTls.generate(dir);
        SSLContext trust = BenchTls.clientContext(keystore);
        ServerProcess server = ServerProcess.launch(List.of("-Xmx512m",
                        "-D" + H2ServerProvider.PROPERTY + "=" + H2ServerProvider.class.getName()),
                BulkServer.class, List.of("--tls", keystore.toString(), "--items", Integer.toString(ITEMS),
                        "--latency-ms", "50", "--threads", "16"), true, "/fabrikam", 240);
        try {
            List<Integer> ids = Arrays.stream(server.ask("ids").split(",")).map(Integer::valueOf).toList();
            assertThat(ids).hasSize(ITEMS).doesNotHaveDuplicates();
            var read = BulkTransportRun.scenarios(PARALLELISM).get("read");

            long[] fresh = BulkTransportRun.stats(server);
            Project h2 = project(server, trust, null);
            assertThat(read.run(h2, ids)).isEqualTo(ITEMS); // the first request opens the connection alone
            assertThat(BulkTransportRun.Seen.between(fresh, BulkTransportRun.stats(server)).connections())
                    .as("connections a fresh HTTP/2 client opened").isEqualTo(1);
            long[] before = BulkTransportRun.stats(server);
            assertThat(read.run(h2, ids)).isEqualTo(ITEMS);
            var overH2 = BulkTransportRun.Seen.between(before, BulkTransportRun.stats(server));
            assertThat(overH2.http2()).as("HTTP/2 requests (batches)").isEqualTo(ITEMS / 200);
            assertThat(overH2.http1()).as("HTTP/1.1 requests").isZero();
            assertThat(overH2.connections()).as("new connections").isZero();
            assertThat(overH2.peakInFlight()).as("streams in flight").isBetween(1L, (long) PARALLELISM);

            Project h1 = project(server, trust, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .sslContext(trust).build());
            before = BulkTransportRun.stats(server);
            assertThat(read.run(h1, ids)).isEqualTo(ITEMS);
            var overH1 = BulkTransportRun.Seen.between(before, BulkTransportRun.stats(server));
            assertThat(overH1.http1()).as("HTTP/1.1 requests (batches)").isEqualTo(ITEMS / 200);
            assertThat(overH1.http2()).as("HTTP/2 requests").isZero();
            assertThat(overH1.connections()).as("connections of a fresh HTTP/1.1 client").isBetween(1L,
                    (long) PARALLELISM);
            assertThat(overH1.peakInFlight()).as("requests in flight").isBetween(1L, (long) PARALLELISM);
            assertThat(server.ask("nonsense")).startsWith("unknown command");
        } finally {
            server.close();
        }
        assertThat(server.isAlive()).isFalse();
    }

    private static Project project(ServerProcess server, SSLContext trust, HttpClient http) {
        return AzureDevOpsService.of(BulkTransportRun.client(server, trust, http)).organization()
                .project(BulkTransportRun.PROJECT);
    }
}
