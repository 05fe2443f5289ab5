package ado.core.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.ApiRequest;
import ado.core.auth.Credentials;
import ado.core.error.AdoException;
import ado.core.error.AdoServerException;
import ado.core.error.AdoTransportException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code AdoClient.Builder.maxConcurrentRequests}: no more requests in flight at the server than the bound, every
 * caller served in the end, and every place in flight given back after failures (500, a connection closed without
 * an answer, a timeout) and after response streams read to the end, closed half-read, or dropped unclosed. A place
 * that leaked would show in the last step of each test: {@code bound} calls that the server answers only once all
 * of them are in flight at once.
 */
@Timeout(120)
class ConcurrencyLimitTest {

    private static final byte[] OK = "{\"id\":1}".getBytes(StandardCharsets.UTF_8);

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final AtomicInteger served = new AtomicInteger();
    private final ExecutorService serverThreads = Executors.newCachedThreadPool();
    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final CountDownLatch releaseHeld = new CountDownLatch(1);
    private volatile Mode mode = Mode.GATHER;
    private volatile int gatherTarget;
    private volatile int gatherTotal;
    private final AtomicInteger gathered = new AtomicInteger();
    private HttpServer server;
    private AdoClient client;

    /** What the server does with each request. */
    enum Mode {
        /**
         * Answers 200 once {@code gatherTarget} requests are in flight, or all that remain of {@code gatherTotal}
         * (else after 10 s, with 599).
         */
        GATHER,
        /** Answers 500. */
        ERROR,
        /** Closes the connection without answering. */
        DROP,
        /** Holds the request until the test lets go. */
        HOLD,
        /** Answers 200 with a 4 MB body. */
        LARGE
    }

    @AfterEach
    void stop() {
        releaseHeld.countDown();
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.stop(0);
        }
        serverThreads.shutdownNow();
        callers.shutdownNow();
    }

    private void start(int bound, Duration requestTimeout) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 100);
        server.setExecutor(serverThreads);
        server.createContext("/", this::handle);
        server.start();
        client = AdoClient.builder()
                .organization(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/org"))
                .credentials(Credentials.pat("patLIMIT0815doNotLeak")).environment(name -> null)
                .retryPolicy(FaultClients.fastRetries().maxAttempts(1).maxTotalTime(Duration.ofSeconds(30)).build())
                .requestTimeout(requestTimeout)
                .maxConcurrentRequests(bound).build();
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        mostInFlight.accumulateAndGet(now, Math::max);
        try (exchange; InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
            served.incrementAndGet();
            switch (mode) {
                case GATHER -> {
                    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                    while (!gatheredEnough() && System.nanoTime() < until) {
                        sleep(2);
                    }
                    boolean enough = gatheredEnough();
                    gathered.incrementAndGet();
                    answer(exchange, enough ? 200 : 599, OK);
                }
                case ERROR -> answer(exchange, 500, "{\"message\":\"boom\"}".getBytes(StandardCharsets.UTF_8));
                case DROP -> throw new IOException("dropped on purpose");   // the server closes the connection
                case HOLD -> {
                    awaitQuietly(releaseHeld);
                    answer(exchange, 200, OK);
                }
                case LARGE -> {
                    exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
                    exchange.sendResponseHeaders(200, 0);
                    try (OutputStream out = exchange.getResponseBody()) {
                        byte[] chunk = new byte[64 * 1024];
                        for (int i = 0; i < 64; i++) {
                            out.write(chunk);
                        }
                    } catch (IOException closedByClient) {
                        // the client stopped reading and closed: expected
                    }
                }
                default -> throw new IllegalStateException();
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private boolean gatheredEnough() {
        return inFlight.get() >= Math.min(gatherTarget, gatherTotal - gathered.get());
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private ApiRequest get() {
        return client.api().apis("wit", "workitems", "1").get("7.1");
    }

    /** Sends {@code n} GETs at once from their own threads; every one must answer 200. */
    private void allSucceed(int n) throws Exception {
        List<Future<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            calls.add(callers.submit(() -> get().send().status()));
        }
        for (Future<Integer> call : calls) {
            assertThat(call.get(60, TimeUnit.SECONDS)).isEqualTo(200);
        }
    }

    /** Proves all {@code bound} places are free: that many calls are answered only once all are at the server. */
    private void assertAllPlacesFree(int bound) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (inFlight.get() > 0 && System.nanoTime() < until) {   // earlier requests the server still finishes
            sleep(5);
        }
        assertThat(inFlight.get()).isZero();
        gather(bound, bound);
        mostInFlight.set(0);
        allSucceed(bound);
        assertThat(mostInFlight.get()).isEqualTo(bound);
    }

    @Test
    void sixteenThreads_boundOfFour_neverMoreThanFourAtTheServerAndAllSucceed() throws Exception {
        start(4, Duration.ofSeconds(30));
        gather(4, 16);

        allSucceed(16);

        assertThat(mostInFlight.get()).isEqualTo(4);
        assertThat(served.get()).isEqualTo(16);
    }

    @Test
    void serverErrors_giveTheirPlacesBack() throws Exception {
        start(2, Duration.ofSeconds(30));
        mode = Mode.ERROR;
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> get().send()).isInstanceOf(AdoServerException.class);
        }

        assertAllPlacesFree(2);
    }

    @Test
    void connectionsClosedWithoutAnswer_giveTheirPlacesBack() throws Exception {
        start(2, Duration.ofSeconds(30));
        mode = Mode.DROP;
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> get().send()).isInstanceOf(AdoTransportException.class);
        }

        assertAllPlacesFree(2);
    }

    @Test
    void timeouts_giveTheirPlacesBack() throws Exception {
        start(2, Duration.ofSeconds(30));
        mode = Mode.HOLD;
        List<Future<?>> held = new ArrayList<>();
        for (int i = 0; i < 4; i++) {   // those that wait for a place may fail by the limit instead: both count
            held.add(callers.submit(() -> get().timeout(Duration.ofMillis(300)).send()));
        }
        for (Future<?> call : held) {
            assertThatThrownBy(() -> call.get(60, TimeUnit.SECONDS)).hasCauseInstanceOf(AdoException.class);
        }
        releaseHeld.countDown();

        assertAllPlacesFree(2);
    }

    @Test
    void cancelledAsyncCalls_inFlightOrWaitingInLine_giveTheirPlacesBack() throws Exception {
        start(1, Duration.ofSeconds(30));
        mode = Mode.HOLD;
        CompletableFuture<?> atServer = get().async().send();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (inFlight.get() == 0 && System.nanoTime() < until) {
            sleep(5);
        }
        CompletableFuture<?> inLine = get().async().send();

        inLine.cancel(true);
        atServer.cancel(true);
        releaseHeld.countDown();

        assertThat(inLine).isCancelled();
        assertThat(atServer).isCancelled();
        assertAllPlacesFree(1);
    }

    @Test
    void streams_readToTheEnd_closedHalfRead_orFailed_giveTheirPlacesBack() throws Exception {
        start(2, Duration.ofSeconds(30));
        mode = Mode.LARGE;
        for (int i = 0; i < 3; i++) {
            InputStream read = get().openStream();
            assertThat(read.readAllBytes()).hasSize(64 * 64 * 1024);   // not closed: the end gives the place back
        }
        for (int i = 0; i < 3; i++) {
            try (InputStream half = get().openStream()) {
                assertThat(half.readNBytes(1000)).hasSize(1000);
            }
        }

        assertAllPlacesFree(2);
    }

    @Test
    void limitReached_waitEndsAtTheCallDeadline_namesTheLimit_andNothingIsSent() throws Exception {
        start(1, Duration.ofSeconds(30));
        mode = Mode.LARGE;
        InputStream open = get().openStream();
        int before = served.get();

        assertThatThrownBy(() -> get().timeout(Duration.ofMillis(300)).send())
                .isExactlyInstanceOf(AdoTransportException.class)
                .hasMessageContaining("was not sent")
                .hasMessageContaining("limit of 1 request in flight")
                .hasMessageContaining("maxConcurrentRequests");
        assertThat(served.get()).isEqualTo(before);

        open.close();
        assertAllPlacesFree(1);
    }

    @Test
    void streamDroppedUnclosed_givesItsPlaceBackOnceUnreachable() throws Exception {
        start(1, Duration.ofSeconds(30));
        mode = Mode.LARGE;
        openAndDrop();

        gather(1, Integer.MAX_VALUE);
        boolean answered = false;
        for (int i = 0; i < 50 && !answered; i++) {
            System.gc();
            try {
                answered = get().timeout(Duration.ofMillis(200)).send().status() == 200;
            } catch (AdoTransportException stillHeld) {
                assertThat(stillHeld).hasMessageContaining("maxConcurrentRequests");
            }
        }
        assertThat(answered).as("the dropped stream's place came back").isTrue();
    }

    private void gather(int target, int total) {
        gatherTarget = target;
        gatherTotal = total;
        gathered.set(0);
        mode = Mode.GATHER;
    }

    private void openAndDrop() throws IOException {
        InputStream dropped = get().openStream();
        assertThat(dropped.read()).isEqualTo(0);
    }

    @Test
    void builder_refusesABoundBelowOne_namingTheValue() {
        assertThatThrownBy(() -> AdoClient.builder().maxConcurrentRequests(0))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxConcurrentRequests must be at least 1: 0");
        assertThatThrownBy(() -> AdoClient.builder().maxConcurrentRequests(-5))
                .hasMessageContaining("-5");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
