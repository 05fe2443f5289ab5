package ado.core.faults;

import static ado.core.faults.FaultClients.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.FakeServer;
import ado.core.FakeServer.Reply;
import ado.core.RetryPolicy;
import ado.core.error.AdoNotFoundException;
import ado.core.error.AdoTransportException;
import ado.core.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The asynchronous terminals ({@code ApiRequest.async()}): results and typed failures, and cancellation in every
 * phase of a call (connecting, waiting for the answer, reading the body, backing off before a retry, queued in the
 * executor). A cancelled call closes its connection, starts no further attempt and frees its thread; bounds are
 * generous (a loaded 2-core machine).
 */
@Timeout(60)
class AsyncCancelTest {

    private static final String BIG = "{\"id\":1,\"name\":\"" + "x".repeat(20_000) + "\"}";

    private final FakeServer server = FakeServer.start();
    private final List<AutoCloseable> closing = new ArrayList<>();
    private AdoClient client;

    @AfterEach
    void stop() throws Exception {
        if (client != null) {
            client.close();
        }
        server.close();
        for (AutoCloseable c : closing) {
            c.close();
        }
    }

    private AdoClient client() {
        return client(FaultClients.fastRetries().build());
    }

    private AdoClient client(RetryPolicy policy) {
        FaultClients.warmUp(server);
        client = FaultClients.builder(server).requestTimeout(Duration.ofSeconds(20)).retryPolicy(policy).build();
        return client;
    }

    /** {@return the threads running a call of ado.core right now} */
    private static List<Thread> threadsInACall() {
        var inCall = new ArrayList<Thread>();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (Arrays.stream(stack).anyMatch(f -> f.getClassName().equals("ado.core.internal.http.Transport"))) {
                inCall.add(thread);
            }
        });
        return inCall;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }

    /** Cancels {@code future} and checks what must then hold: cancelled at once, no thread left in a call. */
    private static void cancelAndCheck(CompletableFuture<?> future) throws InterruptedException {
        long start = System.nanoTime();
        assertThat(future.cancel(true)).isTrue();

        assertThat(future).isCancelled();
        assertThatThrownBy(future::join).isInstanceOf(CancellationException.class);
        await("no thread left blocked in the cancelled call", () -> threadsInACall().isEmpty());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void async_answer_completesWithTheBody() {
        AdoClient c = client();
        server.always(Reply.json(200, "{\"id\":7}"));

        CompletableFuture<JsonObject> future = request(c, "GET").async().as(JsonObject.class);

        assertThat(future.join().toJson()).contains("\"id\":7");
        assertThat(request(c, "GET").async().send().join().status()).isEqualTo(200);
    }

    @Test
    void async_errorStatus_completesWithTheTypedExceptionUnwrapped() {
        AdoClient c = client();
        server.always(Reply.json(404, "{\"message\":\"TF401019: no such thing\",\"typeKey\":\"NotFound\"}"));

        CompletableFuture<JsonObject> future = request(c, "GET").async().as(JsonObject.class);

        var seen = new AtomicReference<Throwable>();
        future.exceptionally(e -> {
            seen.set(e);
            return null;
        }).join();
        assertThat(seen.get()).isInstanceOf(AdoNotFoundException.class).hasMessageContaining("TF401019");
        assertThatThrownBy(future::join).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void cancel_whileWaitingForTheAnswer_closesTheConnection() throws Exception {
        AdoClient c = client();
        server.always(Reply.hold());
        CompletableFuture<JsonObject> future = request(c, "GET").async().as(JsonObject.class);
        await("the request arrived", () -> server.requests().size() == 1);

        cancelAndCheck(future);

        await("the server saw the connection closed", () -> server.closedByClient() == 1);
        Thread.sleep(300);
        assertThat(server.requests()).as("no further attempt").hasSize(1);
    }

    @Test
    void cancel_whileReadingTheBody_closesTheConnection() throws Exception {
        AdoClient c = client();
        server.always(Reply.json(200, BIG).stallAfter(100));
        CompletableFuture<byte[]> future = request(c, "GET").async().bytes();
        await("the body is stalling", () -> server.stalling() == 1);

        cancelAndCheck(future);

        await("the server saw the connection closed", () -> server.closedByClient() == 1);
        Thread.sleep(300);
        assertThat(server.requests()).as("no further attempt").hasSize(1);
    }

    @Test
    void cancel_duringRetryBackOff_startsNoFurtherAttempt() throws Exception {
        AdoClient c = client(RetryPolicy.builder().baseDelay(Duration.ofSeconds(10)).maxDelay(Duration.ofSeconds(10))
                .jitter(false).maxTotalTime(Duration.ofSeconds(50)).build());
        server.always(Reply.status(503));
        CompletableFuture<?> future = request(c, "GET").async().send();
        await("the first attempt was answered", () -> server.requests().size() == 1);
        Thread.sleep(200);   // now in the 10 s back-off

        cancelAndCheck(future);

        Thread.sleep(500);
        assertThat(server.requests()).as("no further attempt").hasSize(1);
    }

    @Test
    void cancel_whileConnecting_freesTheCall() throws Exception {
        // a listener whose backlog is full and that never accepts: the kernel drops further SYNs, connect hangs
        ServerSocket silent = new ServerSocket();
        closing.add(silent);
        silent.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 1);
        for (int i = 0; i < 4; i++) {
            Socket filler = new Socket();
            closing.add(filler);
            try {
                filler.connect(silent.getLocalSocketAddress(), 200);
            } catch (IOException full) {
                break;   // the backlog is full
            }
        }
        FaultClients.warmUp(server);
        client = FaultClients.builder(server).organization(URI.create("http://127.0.0.1:" + silent.getLocalPort()
                + "/org")).requestTimeout(Duration.ofSeconds(20)).connectTimeout(Duration.ofSeconds(20)).build();
        CompletableFuture<?> future = request(client, "GET").async().send();
        await("the call is connecting", () -> !threadsInACall().isEmpty());
        Thread.sleep(300);
        assertThat(future).isNotDone();

        cancelAndCheck(future);
    }

    @Test
    void orTimeout_abortsTheExchange() throws Exception {
        AdoClient c = client();
        server.always(Reply.hold());

        CompletableFuture<JsonObject> future = request(c, "GET").async().as(JsonObject.class)
                .orTimeout(500, TimeUnit.MILLISECONDS);

        assertThatThrownBy(future::join).hasCauseInstanceOf(TimeoutException.class);
        await("the server saw the connection closed", () -> server.closedByClient() == 1);
        await("no thread left in the call", () -> threadsInACall().isEmpty());
    }

    @Test
    void completeExceptionally_abortsTheExchange() throws Exception {
        AdoClient c = client();
        server.always(Reply.hold());
        CompletableFuture<JsonObject> future = request(c, "GET").async().as(JsonObject.class);
        await("the request arrived", () -> server.requests().size() == 1);

        future.completeExceptionally(new IllegalStateException("no longer needed"));

        await("the server saw the connection closed", () -> server.closedByClient() == 1);
        await("no thread left in the call", () -> threadsInACall().isEmpty());
    }

    @Test
    void ownExecutor_cancelledCall_returnsItsThreadUninterrupted() throws Exception {
        AdoClient c = client();
        ExecutorService one = Executors.newSingleThreadExecutor();
        closing.add(one::shutdownNow);
        server.always(Reply.hold());
        CompletableFuture<?> future = request(c, "GET").async(one).send();
        await("the request arrived", () -> server.requests().size() == 1);

        cancelAndCheck(future);

        boolean interrupted = CompletableFuture.supplyAsync(() -> Thread.currentThread().isInterrupted(), one)
                .get(5, TimeUnit.SECONDS);
        assertThat(interrupted).as("the executor's thread is back, its interrupt cleared").isFalse();
    }

    @Test
    void cancelledWhileQueued_isNeverSent() throws Exception {
        AdoClient c = client();
        server.always(Reply.status(204));
        ExecutorService one = Executors.newSingleThreadExecutor();
        closing.add(one::shutdownNow);
        var gate = new CountDownLatch(1);
        one.execute(() -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        CompletableFuture<?> future = request(c, "GET").async(one).send();
        assertThat(future.cancel(true)).isTrue();
        gate.countDown();

        CompletableFuture.runAsync(() -> { }, one).get(5, TimeUnit.SECONDS);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void cancelledDownload_leavesTheFileAsItWas(@TempDir Path dir) throws Exception {
        AdoClient c = client();
        Path target = Files.writeString(dir.resolve("artifact.zip"), "old");
        server.always(Reply.json(200, BIG).stallAfter(100));
        CompletableFuture<Long> future = request(c, "GET").async().download(target);
        await("the body is stalling", () -> server.stalling() == 1);

        cancelAndCheck(future);

        await("the server saw the connection closed", () -> server.closedByClient() == 1);
        assertThat(target).hasContent("old");
        await("no temporary file left", () -> {
            try (var files = Files.list(dir)) {
                return files.count() == 1;
            } catch (IOException e) {
                return false;
            }
        });
    }

    @Test
    void asyncWithTimeout_failsTypedNamingTheLimit() {
        AdoClient c = client();
        server.always(Reply.hold());

        CompletableFuture<?> future = request(c, "GET").timeout(Duration.ofMillis(500)).async().send();

        assertThatThrownBy(future::join).isInstanceOf(CompletionException.class)
                .cause().isExactlyInstanceOf(AdoTransportException.class)
                .hasMessageContaining("ApiRequest.timeout (500 ms)");
    }
}
