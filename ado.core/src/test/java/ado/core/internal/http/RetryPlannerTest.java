package ado.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.RateLimit;
import ado.core.RetryPolicy;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class RetryPlannerTest {

    private final RetryPlanner planner = new RetryPlanner(RetryPolicy.newBuilder().baseDelay(Duration.ofMillis(100))
            .maxDelay(Duration.ofMillis(350)).jitter(false).maxTotalTime(Duration.ofSeconds(10)).build());

    private static RateLimit retryAfter(long seconds) {
        return new RateLimit(Duration.ofSeconds(seconds), null, null, null, null, null);
    }

    @Test
    void backoff_doublesAndCaps() {
        assertThat(planner.afterStatus("GET", 503, RateLimit.NONE, 1, Duration.ZERO)).contains(Duration.ofMillis(100));
        assertThat(planner.afterStatus("GET", 503, RateLimit.NONE, 2, Duration.ZERO)).contains(Duration.ofMillis(200));
        assertThat(planner.afterStatus("GET", 503, RateLimit.NONE, 3, Duration.ZERO)).contains(Duration.ofMillis(350));
    }

    @Test
    void jitter_staysWithinExponentialBound() {
        var jittered = new RetryPlanner(RetryPolicy.newBuilder().baseDelay(Duration.ofMillis(100)).build());
        for (int i = 0; i < 100; i++) {
            assertThat(jittered.backoff(2)).isBetween(Duration.ZERO, Duration.ofMillis(200));
        }
    }

    @Test
    void attemptsCap_stops() {
        assertThat(planner.afterStatus("GET", 503, RateLimit.NONE, 4, Duration.ZERO)).isEmpty();
    }

    @Test
    void retryAfter_winsOverBackoff() {
        assertThat(planner.afterStatus("GET", 429, retryAfter(3), 1, Duration.ZERO)).contains(Duration.ofSeconds(3));
    }

    @Test
    void rateLimitDelay_usedFor429WithoutRetryAfter() {
        var delay = new RateLimit(null, Duration.ofMillis(1500), null, null, null, null);
        assertThat(planner.afterStatus("POST", 429, delay, 1, Duration.ZERO)).contains(Duration.ofMillis(1500));
    }

    @Test
    void waitBeyondBudget_stops() {
        assertThat(planner.afterStatus("GET", 429, retryAfter(3), 1, Duration.ofSeconds(8))).isEmpty();
    }

    @Test
    void idempotentStatuses() {
        assertThat(RetryPlanner.retryableStatus("PUT", 502, RateLimit.NONE)).isTrue();
        assertThat(RetryPlanner.retryableStatus("DELETE", 504, RateLimit.NONE)).isTrue();
        assertThat(RetryPlanner.retryableStatus("GET", 500, RateLimit.NONE)).isFalse();
        assertThat(RetryPlanner.retryableStatus("GET", 404, RateLimit.NONE)).isFalse();
    }

    @Test
    void nonIdempotentStatuses() {
        assertThat(RetryPlanner.retryableStatus("POST", 429, RateLimit.NONE)).isTrue();
        assertThat(RetryPlanner.retryableStatus("PATCH", 503, retryAfter(1))).isTrue();
        assertThat(RetryPlanner.retryableStatus("PATCH", 503, RateLimit.NONE)).isFalse();
        assertThat(RetryPlanner.retryableStatus("POST", 502, RateLimit.NONE)).isFalse();
    }

    @Test
    void failures_idempotentRetriesIoErrors() {
        assertThat(planner.afterFailure("GET", new IOException("Connection reset"), 1, Duration.ZERO)).isPresent();
        assertThat(planner.afterFailure("GET", new HttpTimeoutException("timed out"), 1, Duration.ZERO)).isPresent();
    }

    @Test
    void failures_postRetriesOnlyWhenNothingWasSent() {
        assertThat(planner.afterFailure("POST", new ConnectException("refused"), 1, Duration.ZERO)).isPresent();
        assertThat(planner.afterFailure("POST", new IOException("Connection reset"), 1, Duration.ZERO)).isEmpty();
        assertThat(planner.afterFailure("PATCH", new HttpTimeoutException("timed out"), 1, Duration.ZERO)).isEmpty();
    }

    @Test
    void failures_tlsHandshakeIsNotRetried() {
        assertThat(planner.afterFailure("GET", new SSLHandshakeException("bad cert"), 1, Duration.ZERO)).isEmpty();
    }
}
