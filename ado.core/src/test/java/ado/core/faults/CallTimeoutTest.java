package ado.core.faults;

import static ado.core.faults.FaultClients.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.ApiRequest;
import ado.core.FakeServer;
import ado.core.FakeServer.Reply;
import ado.core.Paging;
import ado.core.error.AdoOutcomeUnknownException;
import ado.core.error.AdoTransportException;
import ado.core.json.JsonObject;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code ApiRequest.timeout(Duration)}: one limit for the whole call (attempts, back-off and pacing waits, the body),
 * replacing the client's default for that call only, failing typed and naming the request and the limit. Bounds are
 * generous (a loaded 2-core machine).
 */
@Timeout(60)
class CallTimeoutTest {

    private static final Duration GENEROUS = Duration.ofSeconds(8);
    private static final String BIG = "{\"id\":1,\"name\":\"" + "x".repeat(20_000) + "\"}";

    private final FakeServer server = FakeServer.start();
    private AdoClient client;

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        server.close();
    }

    private AdoClient client(Duration requestTimeout, Duration maxTotalTime) {
        FaultClients.warmUp(server);
        client = FaultClients.builder(server).requestTimeout(requestTimeout)
                .retryPolicy(FaultClients.fastRetries().maxTotalTime(maxTotalTime).build()).build();
        return client;
    }

    private void awaitClosedByClient(int count) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.closedByClient() < count && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(server.closedByClient()).as("held connections the client closed").isGreaterThanOrEqualTo(count);
    }

    @Test
    void get_noAnswer_failsAtTheCallTimeoutNamingRequestAndLimit() throws Exception {
        AdoClient c = client(Duration.ofSeconds(20), Duration.ofSeconds(40));
        server.always(Reply.hold());

        Duration took = FaultClients.took(() -> assertThatThrownBy(() -> request(c, "GET")
                .query("sig", "secretSignature123").timeout(Duration.ofMillis(600)).as(JsonObject.class))
                .isExactlyInstanceOf(AdoTransportException.class)
                .hasMessageContaining("ApiRequest.timeout (600 ms)")
                .hasMessageContaining("GET http://127.0.0.1:" + server.uri().getPort() + "/org/_apis/wit/workitems/1")
                .hasMessageNotContaining("secretSignature123"));

        assertThat(took).isBetween(Duration.ofMillis(500), GENEROUS);
        assertThat(server.requests()).hasSize(1);
        awaitClosedByClient(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT"})
    void write_noAnswerAfterItWasSent_isOutcomeUnknownNamingTheLimit(String method) throws Exception {
        AdoClient c = client(Duration.ofSeconds(20), Duration.ofSeconds(40));
        server.always(Reply.hold());

        Duration took = FaultClients.took(() -> assertThatThrownBy(() -> request(c, method)
                .timeout(Duration.ofMillis(600)).send())
                .isExactlyInstanceOf(AdoOutcomeUnknownException.class)
                .hasMessageContaining("ApiRequest.timeout (600 ms)").hasMessageContaining(method));

        assertThat(took).isBetween(Duration.ofMillis(500), GENEROUS);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void get_attemptsKeepStalling_retriesEndAtTheCallTimeoutNotTheClientDefault() {
        AdoClient c = client(Duration.ofMillis(300), Duration.ofSeconds(40));
        server.always(Reply.hold());

        Duration took = FaultClients.took(() -> assertThatThrownBy(() -> request(c, "GET")
                .timeout(Duration.ofMillis(1500)).send())
                .isExactlyInstanceOf(AdoTransportException.class)
                .hasMessageMatching("(?s).*(ApiRequest\\.timeout \\(1500 ms\\)|requestTimeout \\(300 ms\\)).*"));

        assertThat(took).isBetween(Duration.ofMillis(1200), GENEROUS);
        assertThat(server.requests()).as("attempts, each ended by requestTimeout").hasSizeBetween(2, 4);
    }

    @Test
    void timeoutLongerThanTheDefault_letsTheCallRetryPastMaxTotalTime() {
        AdoClient c = client(Duration.ofMillis(400), Duration.ofMillis(400));
        server.enqueue(Reply.hold()).always(Reply.json(200, "{\"id\":7}"));
        ApiRequest get = request(c, "GET");

        assertThatThrownBy(get::send).as("the client's default: one attempt")
                .isInstanceOf(AdoTransportException.class)
                .hasMessageMatching("(?s).*(requestTimeout|RetryPolicy\\.maxTotalTime) \\(400 ms\\).*");
        server.clear();
        server.enqueue(Reply.hold()).always(Reply.json(200, "{\"id\":7}"));

        JsonObject answer = get.timeout(Duration.ofSeconds(20)).as(JsonObject.class);

        assertThat(answer.toJson()).contains("\"id\":7");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void download_bodyStalls_failsAtTheCallTimeoutNotTheStallLimit(@TempDir Path dir) throws Exception {
        AdoClient c = client(Duration.ofSeconds(20), Duration.ofSeconds(40));
        server.always(Reply.json(200, BIG).stallAfter(100));
        Path target = dir.resolve("big.json");

        Duration took = FaultClients.took(() -> assertThatThrownBy(() -> request(c, "GET")
                .timeout(Duration.ofMillis(800)).download(target))
                .isInstanceOf(AdoTransportException.class)
                .hasMessageContaining("not complete within ApiRequest.timeout (800 ms)"));

        assertThat(took).isBetween(Duration.ofMillis(700), GENEROUS);
        assertThat(target).doesNotExist();
        try (var left = Files.list(dir)) {
            assertThat(left).as("no temporary file left").isEmpty();
        }
        awaitClosedByClient(1);
    }

    @Test
    void openStream_bodyStalls_readFailsAtTheCallTimeout() throws Exception {
        AdoClient c = client(Duration.ofSeconds(20), Duration.ofSeconds(40));
        server.always(Reply.json(200, BIG).stallAfter(100));

        Duration took;
        try (InputStream in = request(c, "GET").timeout(Duration.ofMillis(800)).openStream()) {
            assertThat(in.readNBytes(100)).hasSize(100);
            took = FaultClients.took(() -> assertThatThrownBy(in::read).isInstanceOf(AdoTransportException.class)
                    .hasMessageContaining("not complete within ApiRequest.timeout (800 ms)"));
        }

        assertThat(took).isLessThan(GENEROUS);
        awaitClosedByClient(1);
    }

    @Test
    void pacing_waitBeyondTheCallTimeout_failsAtOnceUnsent() {
        AdoClient c = client(Duration.ofSeconds(20), Duration.ofSeconds(40));
        server.enqueue(Reply.status(204).header("Retry-After", "5")).always(Reply.status(204));
        request(c, "GET").send();   // the server asks the client to slow down for 5 s

        Duration took = FaultClients.took(() -> assertThatThrownBy(() -> request(c, "GET")
                .timeout(Duration.ofMillis(500)).send())
                .isExactlyInstanceOf(AdoTransportException.class)
                .hasMessageContaining("was not sent").hasMessageContaining("ApiRequest.timeout (500 ms)"));

        assertThat(took).isLessThan(Duration.ofSeconds(3));
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void paging_eachPageRequestHasTheLimit_timeBetweenPagesDoesNotCount() throws Exception {
        AdoClient c = client(Duration.ofSeconds(20), Duration.ofSeconds(40));
        server.enqueue(Reply.json(200, "{\"count\":1,\"value\":[\"a\"]}").header("X-MS-ContinuationToken", "t1"),
                Reply.json(200, "{\"count\":1,\"value\":[\"b\"]}").header("X-MS-ContinuationToken", "t2"),
                Reply.hold());
        Iterator<String> items = request(c, "GET").timeout(Duration.ofMillis(700))
                .stream(Paging.continuationHeader(String.class)).iterator();

        assertThat(items.next()).isEqualTo("a");
        Thread.sleep(900);   // longer than the limit: the next page request has a limit of its own
        assertThat(items.next()).isEqualTo("b");
        Duration took = FaultClients.took(() -> assertThatThrownBy(items::hasNext)
                .isInstanceOf(AdoTransportException.class).hasMessageContaining("ApiRequest.timeout (700 ms)"));

        assertThat(took).isBetween(Duration.ofMillis(600), GENEROUS);
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void timeout_notPositiveOrAbsurd_isRefusedNamingTheParameter() {
        AdoClient c = FaultClients.client(server);
        client = c;
        ApiRequest get = request(c, "GET");

        for (Duration bad : new Duration[] {Duration.ZERO, Duration.ofMillis(-1), Duration.ofHours(25)}) {
            assertThatThrownBy(() -> get.timeout(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("timeout").hasMessageContaining(bad.toString());
        }
        assertThatThrownBy(() -> get.timeout(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("timeout");
        assertThat(get.timeout(Duration.ofHours(24))).isNotNull();
        assertThat(server.requests()).isEmpty();
    }
}
