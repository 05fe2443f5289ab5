package ado.core.faults;

import static ado.core.faults.FaultClients.request;
import static org.assertj.core.api.Assertions.assertThat;

import ado.core.AdoClient;
import ado.core.FakeServer;
import ado.core.FakeServer.Reply;
import ado.core.error.AdoTransportException;
import ado.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Four threads share one client while one call stalls: the others are not held, and the stalled one ends typed. */
@Timeout(60)
class SharedClientFaultsTest {

    private static final String BIG = "{\"id\":1,\"name\":\"" + "x".repeat(20_000) + "\"}";

    private final FakeServer server = FakeServer.start();
    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        threads.shutdownNow();
        server.close();
    }

    @Test
    void oneCallStallsOnItsBody_threeOtherThreadsFinishTheirCallsMeanwhile() throws Exception {
        FaultClients.warmUp(server);
        AdoClient client = FaultClients.builder(server).requestTimeout(Duration.ofSeconds(6))
                .retryPolicy(FaultClients.fastRetries().maxAttempts(1).build()).build();
        server.enqueue(Reply.json(200, BIG).chunked().stallAfter(100)).always(Reply.json(200, "{\"id\":2}"));
        long start = System.nanoTime();
        CompletableFuture<Throwable> stalled = new CompletableFuture<>();
        threads.execute(() -> {
            try {
                request(client, "GET").as(JsonObject.class);
                stalled.complete(null);
            } catch (Throwable t) {
                stalled.complete(t);
            }
        });
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.stalling() == 0 && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(server.stalling()).isEqualTo(1);

        List<Future<Integer>> others = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            others.add(threads.submit(() -> {
                int done = 0;
                for (int i = 0; i < 20; i++) {
                    done += request(client, i % 2 == 0 ? "GET" : "PUT").send().status() == 200 ? 1 : 0;
                }
                return done;
            }));
        }
        for (Future<Integer> other : others) {
            assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo(20);
        }
        Duration othersDone = Duration.ofNanos(System.nanoTime() - start);

        assertThat(server.stalling()).as("the stalled call is still stalled while the others finished").isEqualTo(1);
        assertThat(othersDone).isLessThan(Duration.ofSeconds(6));
        assertThat(stalled.get(15, TimeUnit.SECONDS)).isExactlyInstanceOf(AdoTransportException.class)
                .hasMessageContaining("requestTimeout (6 s)");
        assertThat(server.requests()).hasSize(61);
        client.close();
    }
}
