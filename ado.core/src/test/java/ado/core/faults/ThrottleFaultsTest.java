package ado.core.faults;

import static ado.core.faults.FaultClients.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.AdoResponse;
import ado.core.FakeServer;
import ado.core.FakeServer.Reply;
import ado.core.RetryPolicy;
import ado.core.error.AdoServerException;
import ado.core.error.AdoThrottledException;
import ado.core.error.AdoTransportException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fault rows about being asked to wait: 429 and 503 with and without {@code Retry-After}, waits beyond
 * {@code RetryPolicy.maxRetryAfter}, huge and malformed rate-limit headers, and a 200 with {@code Retry-After},
 * for GET, PUT, POST and DELETE.
 */
@Timeout(60)
class ThrottleFaultsTest {

    private static final String OK = "{\"id\":1}";
    private static final Duration QUICK = Duration.ofSeconds(3);

    private final FakeServer server = FakeServer.start();
    private AdoClient client;

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        server.close();
    }

    private AdoClient client(RetryPolicy.Builder policy) {
        FaultClients.warmUp(server);
        client = FaultClients.builder(server).retryPolicy(policy.build()).build();
        return client;
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "POST", "DELETE"})
    void status429WithRetryAfter_isResentAfterTheWait(String method) {
        AdoClient c = client(FaultClients.fastRetries());
        server.enqueue(Reply.status(429).header("Retry-After", "1")).always(Reply.json(200, OK));

        var result = FaultClients.timed(() -> request(c, method).send());

        assertThat(result.value().status()).isEqualTo(200);
        assertThat(result.took()).isBetween(Duration.ofMillis(900), Duration.ofSeconds(8));
        assertThat(server.requests()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "POST", "DELETE"})
    void status429WithoutRetryAfter_isResentNoSoonerThanTheFloor(String method) {
        AdoClient c = client(RetryPolicy.builder().baseDelay(Duration.ofMillis(300)).maxDelay(Duration.ofSeconds(1)));
        server.enqueue(Reply.status(429)).always(Reply.json(200, OK));

        var result = FaultClients.timed(() -> request(c, method).send());

        assertThat(result.value().status()).isEqualTo(200);
        assertThat(result.took()).isBetween(Duration.ofMillis(280), Duration.ofSeconds(8));
        assertThat(server.requests()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "POST", "DELETE"})
    void status503WithRetryAfter_isResentForEveryMethod(String method) {
        AdoClient c = client(FaultClients.fastRetries());
        server.enqueue(Reply.status(503).header("Retry-After", "0")).always(Reply.json(200, OK));

        assertThat(request(c, method).send().status()).isEqualTo(200);
        assertThat(server.requests()).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource({"GET,2", "PUT,1", "POST,1", "DELETE,1"})
    void status503WithoutRetryAfter_isResentOnlyWhenSafe(String method, int requests) {
        AdoClient c = client(FaultClients.fastRetries());
        server.enqueue(Reply.status(503)).always(Reply.json(200, OK));

        if (requests == 2) {
            assertThat(request(c, method).send().status()).isEqualTo(200);
        } else {
            assertThatThrownBy(() -> request(c, method).send()).isExactlyInstanceOf(AdoServerException.class);
        }
        assertThat(server.requests()).hasSize(requests);
    }

    @ParameterizedTest
    @CsvSource({"GET,429", "PUT,429", "POST,429", "DELETE,429", "GET,503", "POST,503"})
    void retryAfterBeyondMaximum_failsAtOnceCarryingTheWait(String method, int status) {
        AdoClient c = client(FaultClients.fastRetries());
        server.always(Reply.status(status).header("Retry-After", "3600"));

        var took = FaultClients.took(() -> assertThatThrownBy(() -> request(c, method).send())
                .isInstanceOfSatisfying(AdoThrottledException.class, e -> {
                    assertThat(e.retryAfter()).contains(Duration.ofHours(1));
                    assertThat(e.status()).isEqualTo(status);
                }));

        assertThat(took).isLessThan(QUICK);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void retryAfterJustWithinAConfiguredMaximum_isSlept() {
        AdoClient c = client(FaultClients.fastRetries().maxRetryAfter(Duration.ofSeconds(1)));
        server.enqueue(Reply.status(429).header("Retry-After", "1")).always(Reply.json(200, OK));

        assertThat(request(c, "GET").send().status()).isEqualTo(200);
        assertThat(server.requests()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e2147483647", "99999999999999999999999999", "Fri, 31 Dec 9999 23:59:59 GMT", "1E+999"})
    void hugeRetryAfter_failsAtOnceWithoutArithmeticErrors(String value) {
        AdoClient c = client(FaultClients.fastRetries());
        server.always(Reply.status(429).header("Retry-After", value));

        var took = FaultClients.took(() -> assertThatThrownBy(() -> request(c, "GET").send())
                .isInstanceOfSatisfying(AdoThrottledException.class,
                        e -> assertThat(e.retryAfter()).hasValueSatisfying(
                                w -> assertThat(w).isGreaterThan(Duration.ofDays(365)))));

        assertThat(took).isLessThan(QUICK);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void hugeRateLimitDelayOn429_failsAtOnce() {
        AdoClient c = client(FaultClients.fastRetries());
        server.always(Reply.status(429).header("X-RateLimit-Delay", "1e999"));

        assertThatThrownBy(() -> request(c, "POST").send()).isExactlyInstanceOf(AdoThrottledException.class);
        assertThat(server.requests()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "-5", "1e-2147483647", "NaN", "0x10", "Mon, 99 Foo 2026 10:00:00 GMT", ""})
    void malformedRetryAfterOn429_countsAsAbsentAndIsResentAfterBackoff(String value) {
        AdoClient c = client(FaultClients.fastRetries());
        server.enqueue(Reply.status(429).header("Retry-After", value)).always(Reply.json(200, OK));

        var result = FaultClients.timed(() -> request(c, "POST").send());

        assertThat(result.value().status()).isEqualTo(200);
        assertThat(result.took()).isLessThan(QUICK);
        assertThat(server.requests()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775807", "-9223372036854775808", "99999999999999999999", "1e10", "x"})
    void extremeRateLimitHeadersOnSuccess_areIgnored(String value) {
        AdoClient c = client(FaultClients.fastRetries());
        server.always(Reply.json(200, OK).header("X-RateLimit-Reset", value).header("X-RateLimit-Limit", value)
                .header("X-RateLimit-Remaining", value).header("X-RateLimit-Delay", value));

        AdoResponse<Void> response = request(c, "GET").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.rateLimit().reset()).isNull();
    }

    /** A 200 asking for an hour holds the client's later calls back by at most maxRetryAfter, never past a deadline. */
    @Test
    void successWithRetryAfterAnHour_laterCallsFailTypedAtOnceWhenTheirDeadlineIsShorter() {
        AdoClient c = client(FaultClients.fastRetries().maxTotalTime(Duration.ofSeconds(2)));
        server.always(Reply.json(200, OK).header("Retry-After", "3600"));
        assertThat(request(c, "GET").send().status()).isEqualTo(200);

        var took = FaultClients.took(() -> assertThatThrownBy(() -> request(c, "PUT").send())
                .isExactlyInstanceOf(AdoTransportException.class).hasMessageContaining("was not sent")
                .hasMessageContaining("past requestTimeout (10 s)")); // a call's deadline: at least requestTimeout

        assertThat(took).isLessThan(QUICK);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void successWithRetryAfterAnHour_pacesLaterCallsByTheMaximumOnly() {
        AdoClient c = client(FaultClients.fastRetries().maxRetryAfter(Duration.ofSeconds(1))
                .maxTotalTime(Duration.ofSeconds(20)));
        server.always(Reply.json(200, OK).header("Retry-After", "3600"));
        request(c, "GET").send();

        var result = FaultClients.timed(() -> request(c, "GET").send());

        assertThat(result.value().status()).isEqualTo(200);
        assertThat(result.took()).isBetween(Duration.ofMillis(700), Duration.ofSeconds(8));
    }
}
