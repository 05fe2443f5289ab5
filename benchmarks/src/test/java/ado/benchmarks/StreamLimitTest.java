package ado.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.AdoClient;
import ado.core.Body;
import ado.core.auth.Credentials;
import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An HTTP/2 server that allows 4 streams at once ({@code SETTINGS_MAX_CONCURRENT_STREAMS} 4) and 16 threads sharing
 * one ado4j client. JDK 17's client does not wait for a free stream: a request beyond the limit fails at once with
 * {@code IOException("too many concurrent streams")}, before any byte of it is sent. ado4j must then send it again,
 * also a write that is not declared resend-safe, since the server never saw it. No timings.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class StreamLimitTest {

    private static final int THREADS = 16;
    private static final int STREAMS = 4;

    @TempDir
    Path dir;

    @Test
    void ado4j_writesBeyondTheServersStreamLimit_areSentAgainAndAllSucceed() throws Exception {
        Path keystore = BenchTls.generate(dir);
        var trust = BenchTls.clientContext(keystore);
        ServerProcess server = ServerProcess.start(keystore, 200, 0, 6, true, STREAMS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            AdoClient client = AdoClient.builder().organization(server.organization()).environment(n -> null)
                    .credentials(Credentials.anonymous()).sslContext(trust).build();
            var batch = client.api().project(UserServer.PROJECT).apis("wit", "workitemsbatch");
            Body body = Body.json(Map.of("ids", UserCallers.BATCH_IDS, "errorPolicy", "omit"));
            batch.post("7.1").body(body).as(JsonObject.class); // one connection, before the 16 calls
            var probe = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(trust).build();
            URI stats = URI.create(server.organization().resolve("/_bench/cpu").toString());
            long[] before = counters(probe, stats);

            var barrier = new CyclicBarrier(THREADS);
            var futures = new ArrayList<Future<JsonObject>>();
            for (int i = 0; i < THREADS; i++) {
                futures.add(pool.submit(() -> {
                    barrier.await(60, TimeUnit.SECONDS);
                    // a POST not declared resend-safe: resent only if it certainly never reached the server
                    return batch.post("7.1").body(body).as(JsonObject.class);
                }));
            }
            var answers = new ArrayList<JsonObject>();
            for (var f : futures) {
                answers.add(f.get(180, TimeUnit.SECONDS));
            }

            long[] after = counters(probe, stats);
            assertThat(answers).hasSize(THREADS).allSatisfy(a -> assertThat(((JsonArray) a.get("value")).size())
                    .isEqualTo(UserServer.BATCH_SIZE));
            assertThat(after[3] - before[3]).as("HTTP/2 requests the server answered").isEqualTo(THREADS);
            assertThat(after[2] - before[2]).as("new connections").isZero();
            assertThat(after[5]).as("streams in flight at once").isBetween(1L, (long) STREAMS);
        } finally {
            pool.shutdownNow();
            server.close();
        }
    }

    private static long[] counters(HttpClient probe, URI stats) throws Exception {
        String text = probe.send(HttpRequest.newBuilder(stats).build(), HttpResponse.BodyHandlers.ofString()).body();
        return Arrays.stream(text.strip().split(" ")).mapToLong(Long::parseLong).toArray();
    }
}
