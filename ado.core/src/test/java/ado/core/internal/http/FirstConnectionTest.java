package ado.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class FirstConnectionTest {

    private static final URI ORG = URI.create("https://dev.azure.com/fabrikam/_apis/projects");
    private static final Duration LONG = Duration.ofMinutes(5);

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private static Deadline deadline() {
        return Deadline.after(LONG, "test");
    }

    private Future<FirstConnection.Turn> awaitInThread(FirstConnection gate, URI uri) {
        return threads.submit(() -> gate.await(uri, deadline()));
    }

    /** Asserts that {@code waiting} is still blocked (it would have returned long before 300 ms if not). */
    private static void assertStillWaiting(Future<?> waiting) throws Exception {
        assertThatThrownBy(() -> waiting.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
    }

    @Test
    void await_secondRequestToAFreshOrigin_waitsUntilTheFirstHasItsAnswer() throws Exception {
        var gate = new FirstConnection(true, LONG);
        FirstConnection.Turn first = gate.await(ORG, deadline());

        Future<FirstConnection.Turn> second = awaitInThread(gate, ORG.resolve("/fabrikam/_apis/teams"));
        assertStillWaiting(second);
        first.done(true);

        second.get(30, TimeUnit.SECONDS).done(true);
        assertThat(gate.connected(ORG)).isTrue();
        // from now on nothing waits, even while no request is in flight
        awaitInThread(gate, ORG).get(30, TimeUnit.SECONDS);
    }

    @Test
    void await_afterTheFirstFailed_theWaitersGo_andTheNextRequestGoesFirstAgain() throws Exception {
        var gate = new FirstConnection(true, LONG);
        FirstConnection.Turn first = gate.await(ORG, deadline());
        Future<FirstConnection.Turn> waiter = awaitInThread(gate, ORG);
        assertStillWaiting(waiter);

        first.done(false);
        waiter.get(30, TimeUnit.SECONDS);
        assertThat(gate.connected(ORG)).isFalse();

        FirstConnection.Turn again = gate.await(ORG, deadline()); // goes first: nothing was connected
        Future<FirstConnection.Turn> next = awaitInThread(gate, ORG);
        assertStillWaiting(next);
        again.done(true);
        next.get(30, TimeUnit.SECONDS);
    }

    @Test
    void done_isIdempotent_aLaterFailureReportDoesNotUndoTheAnswer() throws Exception {
        var gate = new FirstConnection(true, LONG);
        FirstConnection.Turn first = gate.await(ORG, deadline());

        first.done(true);
        first.done(false);

        assertThat(gate.connected(ORG)).isTrue();
        awaitInThread(gate, ORG).get(30, TimeUnit.SECONDS);
    }

    @Test
    void await_waitsAtMostTheConnectTimeout_whenTheFirstNeverAnswers() throws Exception {
        var gate = new FirstConnection(true, Duration.ofMillis(200));
        gate.await(ORG, deadline()); // never reports

        awaitInThread(gate, ORG).get(30, TimeUnit.SECONDS);
        assertThat(gate.connected(ORG)).isFalse();
    }

    @Test
    void await_waitsAtMostTheCallsDeadline() throws Exception {
        var gate = new FirstConnection(true, LONG);
        gate.await(ORG, deadline());

        threads.submit(() -> gate.await(ORG, Deadline.after(Duration.ofMillis(200), "timeout"))).get(30,
                TimeUnit.SECONDS);
    }

    @Test
    void await_interrupted_throws() throws Exception {
        var gate = new FirstConnection(true, LONG);
        gate.await(ORG, deadline());
        var thrown = new CompletableFuture<Throwable>();
        Thread waiter = new Thread(() -> {
            try {
                gate.await(ORG, deadline());
                thrown.complete(null);
            } catch (Throwable t) {
                thrown.complete(t);
            }
        });
        waiter.start();
        assertStillWaiting(thrown);

        waiter.interrupt();

        assertThat(thrown.get(30, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
    }

    @Test
    void await_otherOrigins_cleartext_andHttp1Clients_neverWait() throws Exception {
        var gate = new FirstConnection(true, LONG);
        gate.await(ORG, deadline()); // opening dev.azure.com:443, never answered

        awaitInThread(gate, URI.create("https://vssps.dev.azure.com/fabrikam")).get(30, TimeUnit.SECONDS);
        awaitInThread(gate, URI.create("https://dev.azure.com:8443/fabrikam")).get(30, TimeUnit.SECONDS);
        awaitInThread(gate, URI.create("http://dev.azure.com/fabrikam")).get(30, TimeUnit.SECONDS);
        assertStillWaiting(awaitInThread(gate, URI.create("https://DEV.Azure.com:443/other"))); // the same origin

        var http1 = new FirstConnection(false, LONG);
        http1.await(ORG, deadline());
        threads.submit(() -> http1.await(ORG, deadline())).get(30, TimeUnit.SECONDS);
    }
}
