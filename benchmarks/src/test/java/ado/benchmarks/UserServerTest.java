package ado.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import ado.benchmarks.UserCallers.Caller;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness's server process starts, answers every scenario's shape to every caller, and stops; the cold-start
 * children get their answer. No timings.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class UserServerTest {

    @TempDir
    Path dir;

    @Test
    void serverProcess_plain_answersEveryScenarioToEveryCallerAndStops() throws Exception {
        ServerProcess server = ServerProcess.start(null, 0, 0);
        try {
            assertThat(server.organization().getScheme()).isEqualTo("http");
            answersEveryScenario(server.organization(), null);
        } finally {
            server.close();
        }
        assertThat(server.isAlive()).isFalse();
    }

    @Test
    void serverProcess_tlsWithGeneratedCertificate_answersCallersThatTrustIt() throws Exception {
        Path keystore = BenchTls.generate(dir);
        ServerProcess server = ServerProcess.start(keystore, 0, 0);
        try {
            assertThat(server.organization().getScheme()).isEqualTo("https");
            answersEveryScenario(server.organization(), BenchTls.clientContext(keystore));
        } finally {
            server.close();
        }
        assertThat(server.isAlive()).isFalse();
    }

    @Test
    void serverProcess_slowLink_stillDeliversWholeBodies() throws Exception {
        ServerProcess server = ServerProcess.start(null, 5, 200);
        try {
            Caller floor = UserCallers.create("floor", server.organization(), null);
            Caller gzip = UserCallers.create("floor-gzip", server.organization(), null);
            assertThat(floor.workItemBatch()).hasSize(UserServer.BATCH_SIZE).isEqualTo(gzip.workItemBatch());
            assertThat(floor.projects()).hasSize(5).isEqualTo(gzip.projects());
        } finally {
            server.close();
        }
    }

    @Test
    void server_gzipAndUpgradeCounter_answerAsDocumented() throws Exception {
        try (UserServer server = UserServer.start(null, 0, 0, 6)) {
            var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            URI base = URI.create("http://127.0.0.1:" + server.port());
            var plain = http.send(HttpRequest.newBuilder(base.resolve("/fabrikam/_apis/projects")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            var zipped = http.send(HttpRequest.newBuilder(base.resolve("/fabrikam/_apis/projects"))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
            assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))
                    .readAllBytes()).isEqualTo(plain.body());
            var h2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
            h2.send(HttpRequest.newBuilder(base.resolve("/fabrikam/_apis/projects")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            String stats = http.send(HttpRequest.newBuilder(base.resolve("/_bench/cpu")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            // CPU ns, one request that offered h2c; connections, HTTP/2 and HTTP/1.1 requests, peak in flight
            assertThat(stats).matches("\\d+ 1 \\d+ 0 3 1");
            var missing = http.send(HttpRequest.newBuilder(base.resolve("/fabrikam/_apis/nothing")).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(missing.statusCode()).isEqualTo(404);
        }
    }

    @Test
    void coldStart_freshJvmPerCaller_getsTheProjectList() throws Exception {
        ServerProcess server = ServerProcess.start(null, 0, 0);
        try {
            // measure throws unless every child JVM printed "DONE 5" after its first call
            assertThatCode(() -> ColdStart.measure(server.organization(), List.of("floor", "ado4j"), 1))
                    .doesNotThrowAnyException();
        } finally {
            server.close();
        }
    }

    private static void answersEveryScenario(URI organization, javax.net.ssl.SSLContext tls) {
        List<?> expectedProjects = null;
        for (String name : UserCallers.NAMES) {
            Caller caller = UserCallers.create(name, organization, tls);
            var projects = caller.projects();
            assertThat(projects).as(name).hasSize(5);
            if (expectedProjects == null) {
                expectedProjects = projects;
            } else {
                assertThat(projects).as(name).isEqualTo(expectedProjects);
            }
            assertThat(caller.workItemBatch()).as(name).hasSize(UserServer.BATCH_SIZE);
            var prs = caller.pullRequests();
            assertThat(prs).as(name).hasSize(UserServer.LIST_SIZE);
            assertThat(prs.get(999).pullRequestId()).as(name).isEqualTo(1000);
            var builds = caller.builds();
            assertThat(builds).as(name).hasSize(UserServer.LIST_SIZE);
            assertThat(builds.get(0).id()).as(name).isEqualTo(5000);
        }
    }
}
