package ado.core;

import static ado.core.FakeServer.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoServerException;
import ado.core.error.AdoThrottledException;
import ado.core.error.AdoTransportException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetryTest {

    private final FakeServer server = FakeServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private ApiCall api() {
        return TestClients.client(server).api();
    }

    @Test
    void get_firstTwoConnectionsReset_succeedsOnRetry() {
        server.enqueue(Reply.resetOnAccept(), Reply.resetOnAccept(), Reply.status(204));

        AdoResponse<Void> response = api().get("7.1").send();

        assertThat(response.status()).isEqualTo(204);
        assertThat(server.connections()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void get_resetAfterRequestRead_isSentAgain() {
        server.enqueue(Reply.resetAfterRequest(), Reply.status(204));

        assertThat(api().get("7.1").send().status()).isEqualTo(204);
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void post_resetAfterBodySent_isNotResent() {
        server.enqueue(Reply.resetAfterRequest()).always(Reply.status(201));

        assertThatThrownBy(() -> api().post("7.1").body(Body.text("create me", "text/plain")).send())
                .isInstanceOf(AdoTransportException.class)
                .hasMessageContaining("POST");
        assertThat(server.requests()).hasSize(1);
        assertThat(server.request(0).bodyText()).isEqualTo("create me");
    }

    @Test
    void get_429WithRetryAfterOneSecond_waitsAboutOneSecond() {
        server.enqueue(Reply.status(429).header("Retry-After", "1"), Reply.status(204));

        long start = System.nanoTime();
        AdoResponse<Void> response = api().get("7.1").send();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(response.status()).isEqualTo(204);
        assertThat(took).isBetween(Duration.ofMillis(900), Duration.ofSeconds(10));
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void get_503WithRetryAfterHttpDate_waitsUntilThatDate() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(2));
        server.enqueue(Reply.status(503).header("Retry-After", date), Reply.status(204));

        long start = System.nanoTime();
        api().get("7.1").send();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isBetween(Duration.ofMillis(900), Duration.ofSeconds(10));
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void get_503Twice_backsOffAndSucceeds() {
        server.enqueue(Reply.status(503), Reply.status(503), Reply.status(204));

        assertThat(api().get("7.1").send().status()).isEqualTo(204);
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void get_alwaysFailing_stopsAfterMaxAttempts() {
        server.always(Reply.status(502));

        assertThatThrownBy(() -> api().get("7.1").send()).isInstanceOf(AdoServerException.class);
        assertThat(server.requests()).hasSize(TestClients.fastRetries().maxAttempts());
    }

    @Test
    void get_retryAfterBeyondTotalBudget_failsWithoutWaiting() {
        server.always(Reply.status(429).header("Retry-After", "30"));
        AdoClient client = TestClients.builder(server)
                .retryPolicy(RetryPolicy.builder().maxTotalTime(Duration.ofSeconds(2)).build()).build();

        long start = System.nanoTime();
        assertThatThrownBy(() -> client.api().get("7.1").send())
                .isInstanceOfSatisfying(AdoThrottledException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(30)));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void get_500_isNotRetried() {
        server.always(Reply.status(500));

        assertThatThrownBy(() -> api().get("7.1").send()).isInstanceOf(AdoServerException.class);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void post_503WithoutRetryAfter_isNotRetried() {
        server.always(Reply.status(503));

        assertThatThrownBy(() -> api().post("7.1").send()).isInstanceOf(AdoServerException.class);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void post_429_isRetried() {
        server.enqueue(Reply.status(429).header("Retry-After", "0"), Reply.status(201));

        assertThat(api().post("7.1").body(Body.text("x", "text/plain")).send().status()).isEqualTo(201);
        assertThat(server.requests()).extracting(FakeServer.Recorded::bodyText).containsExactly("x", "x");
    }

    @Test
    void get_timeout_isRetried() {
        server.enqueue(Reply.status(204).delay(3000), Reply.status(204));
        AdoClient client = TestClients.builder(server).requestTimeout(Duration.ofMillis(300)).build();

        assertThat(client.api().get("7.1").send().status()).isEqualTo(204);
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void noRetryPolicy_503_failsAtOnce() {
        server.always(Reply.status(503));
        AdoClient client = TestClients.builder(server).retryPolicy(RetryPolicy.none()).build();

        assertThatThrownBy(() -> client.api().get("7.1").send()).isInstanceOf(AdoServerException.class);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void successWithRetryAfter_delaysTheNextRequest() {
        server.enqueue(Reply.status(204).header("Retry-After", "1"), Reply.status(204));
        ApiCall api = api();
        api.get("7.1").send();

        long start = System.nanoTime();
        api.get("7.1").send();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(900),
                Duration.ofSeconds(10));
    }

    @Test
    void interruptedWhileWaiting_restoresInterruptFlag() {
        server.always(Reply.status(429).header("Retry-After", "5"));
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> api().get("7.1").send()).isInstanceOf(AdoTransportException.class)
                    .hasMessageContaining("interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
