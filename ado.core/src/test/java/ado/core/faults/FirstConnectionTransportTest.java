package ado.core.faults;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.AdoClient;
import ado.core.auth.Credentials;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A burst of first calls from a fresh client that prefers HTTP/2: the first request to the HTTPS origin goes alone
 * (so the JDK client can pool the one connection it opens), the others follow once it has its answer. Against the
 * JDK's HTTPS server, which speaks HTTP/1.1 only, the later calls then run side by side again.
 */
@Timeout(120)
class FirstConnectionTransportTest {

    private static final int CALLS = 8;

    private final RecordingServer server = RecordingServer.https();
    private final ExecutorService callers = Executors.newFixedThreadPool(CALLS);
    private final AtomicBoolean firstAnswered = new AtomicBoolean();
    private final AtomicInteger before = new AtomicInteger(); // requests that arrived while the first was unanswered
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();
    private final AtomicInteger arrived = new AtomicInteger();
    private final CountDownLatch secondArrived = new CountDownLatch(1);
    private volatile long holdFirstMillis; // the first answer waits this long for a second request, at most

    @AfterEach
    void stop() {
        callers.shutdownNow();
        server.close();
    }

    private RecordingServer.Answer slowly(RecordingServer.Seen seen) {
        boolean first = arrived.getAndIncrement() == 0;
        if (!first && !firstAnswered.get()) {
            before.incrementAndGet();
        }
        if (!first) {
            secondArrived.countDown();
        }
        peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            if (first) {
                secondArrived.await(holdFirstMillis, TimeUnit.MILLISECONDS);
            } else {
                Thread.sleep(300);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        inFlight.decrementAndGet();
        if (first) {
            firstAnswered.set(true);
        }
        return RecordingServer.Answer.json(200, "{\"count\":0,\"value\":[]}");
    }

    private List<Integer> burst(AdoClient client) throws Exception {
        var start = new CountDownLatch(1);
        var calls = new ArrayList<Future<Integer>>();
        for (int i = 0; i < CALLS; i++) {
            calls.add(callers.submit(() -> {
                start.await();
                return client.api().apis("projects").get("7.1").send().status();
            }));
        }
        start.countDown();
        var statuses = new ArrayList<Integer>();
        for (Future<Integer> call : calls) {
            statuses.add(call.get(60, TimeUnit.SECONDS));
        }
        return statuses;
    }

    private AdoClient.Builder client() {
        return AdoClient.builder().organization(server.uri().resolve("/org")).credentials(Credentials.anonymous())
                .environment(name -> null).sslContext(SelfSignedTls.client()).requestTimeout(Duration.ofSeconds(30));
    }

    @Test
    void freshHttp2Client_burstOfFirstCalls_firstGoesAlone_thenTheRestTogether() throws Exception {
        holdFirstMillis = 1_000; // a second request arriving within it would be one that did not wait
        server.handle(this::slowly);
        try (AdoClient client = client().build()) {
            assertThat(client.httpClient().version()).isEqualTo(HttpClient.Version.HTTP_2);

            assertThat(burst(client)).containsOnly(200).hasSize(CALLS);
        }
        assertThat(before).as("requests that reached the server before the first was answered").hasValue(0);
        assertThat(peak.get()).as("requests in flight together after the first").isGreaterThan(1);
    }

    @Test
    void http1Client_burstOfFirstCalls_goTogether() throws Exception {
        holdFirstMillis = 30_000; // until a second request arrives: they are not held back
        server.handle(this::slowly);
        try (AdoClient client = client().httpVersion(HttpClient.Version.HTTP_1_1).build()) {
            assertThat(burst(client)).containsOnly(200).hasSize(CALLS);
        }
        assertThat(before).as("requests that reached the server before the first was answered").hasPositiveValue();
    }
}
