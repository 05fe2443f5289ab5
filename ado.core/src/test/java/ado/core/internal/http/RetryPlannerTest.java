package ado.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.RateLimit;
import ado.core.RetryPolicy;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RetryPlannerTest {

    private static final Duration PLENTY = Duration.ofSeconds(10);

    private final RetryPlanner planner = new RetryPlanner(RetryPolicy.builder().baseDelay(Duration.ofMillis(100))
            .maxDelay(Duration.ofMillis(350)).jitter(false).maxTotalTime(PLENTY).build());

    private static RateLimit retryAfter(long seconds) {
        return new RateLimit(Duration.ofSeconds(seconds), null, null, null, null, null);
    }

    @Test
    void backoffWithoutJitter_doublesAndCaps() {
        assertThat(planner.afterStatus(true, 503, RateLimit.NONE, 1, null, PLENTY)).contains(Duration.ofMillis(100));
        assertThat(planner.afterStatus(true, 503, RateLimit.NONE, 2, null, PLENTY)).contains(Duration.ofMillis(200));
        assertThat(planner.afterStatus(true, 503, RateLimit.NONE, 3, null, PLENTY)).contains(Duration.ofMillis(350));
    }

    @Test
    void backoffWithJitter_neverBelowFloor() {
        var jittered = new RetryPlanner(RetryPolicy.builder().baseDelay(Duration.ofMillis(100)).build());
        for (int i = 0; i < 1000; i++) {
            assertThat(jittered.backoff(1, null)).isBetween(Duration.ofMillis(100), Duration.ofMillis(300));
            assertThat(jittered.backoff(2, Duration.ofMillis(200))).isBetween(Duration.ofMillis(100),
                    Duration.ofMillis(600));
        }
    }

    @Test
    void status429WithoutRetryAfter_waitsAtLeastTheFloor() {
        var jittered = new RetryPlanner(RetryPolicy.builder().baseDelay(Duration.ofMillis(500)).build());
        for (int i = 0; i < 200; i++) {
            assertThat(jittered.afterStatus(false, 429, RateLimit.NONE, 1, Duration.ZERO, PLENTY).orElseThrow())
                    .isGreaterThanOrEqualTo(Duration.ofMillis(500));
        }
    }

    /** As {@code HttpClient.send} raises them: the JDK's own exception wrapped once in a plain IOException. */
    private static IOException asSendThrows(IOException jdk) {
        return new IOException(jdk.getMessage(), jdk);
    }

    @Test
    void http2StreamRefusedByTheJdk_isNotSent_soAWriteMayBeRetried() {
        IOException refused = asSendThrows(new IOException("too many concurrent streams"));

        assertThat(RetryPlanner.notSent(refused)).isTrue();
        assertThat(planner.afterFailure(false, refused, 1, null, PLENTY)).isPresent();
        assertThat(RetryPlanner.notSent(new IOException("server said: too many concurrent streams, and more")))
                .isFalse();
        assertThat(RetryPlanner.notSent(new java.net.SocketException("too many concurrent streams"))).isFalse();
        // only that exception: another message, or a subclass with it, may come after bytes were sent
        assertThat(RetryPlanner.notSent(new IOException("too many concurrent streams reset"))).isFalse();
        assertThat(RetryPlanner.notSent(new HttpTimeoutException("too many concurrent streams"))).isFalse();
        assertThat(RetryPlanner.notSent(new IOException((String) null))).isFalse();
        // JDK 17 raises it unwrapped from Http2Connection.reserveStream too (benchmarks' StreamLimitTest)
        assertThat(RetryPlanner.notSent(new IOException("too many concurrent streams"))).isTrue();
    }

    @Test
    void connectionClosedBeforeAnyAnswer_isRecognisedButProvesNothingAboutTheWrite() {
        IOException stale = asSendThrows(new IOException("HTTP/1.1 header parser received no bytes",
                new java.io.EOFException("EOF reached while reading")));

        assertThat(RetryPlanner.closedBeforeAnswer(stale)).isTrue();
        assertThat(RetryPlanner.notSent(stale)).isFalse();
        assertThat(planner.afterFailure(false, stale, 1, null, PLENTY)).isEmpty();
        assertThat(planner.afterFailure(true, stale, 1, null, PLENTY)).isPresent();
        assertThat(RetryPlanner.closedBeforeAnswer(new IOException("Connection reset"))).isFalse();
    }

    @Test
    void attemptsCap_stops() {
        assertThat(planner.afterStatus(true, 503, RateLimit.NONE, 4, null, PLENTY)).isEmpty();
    }

    @Test
    void retryAfter_winsOverBackoff() {
        assertThat(planner.afterStatus(true, 429, retryAfter(3), 1, null, PLENTY)).contains(Duration.ofSeconds(3));
    }

    @Test
    void rateLimitDelay_usedFor429WithoutRetryAfter() {
        var delay = new RateLimit(null, Duration.ofMillis(1500), null, null, null, null);
        assertThat(planner.afterStatus(false, 429, delay, 1, null, PLENTY)).contains(Duration.ofMillis(1500));
    }

    @Test
    void waitBeyondDeadline_stops() {
        assertThat(planner.afterStatus(true, 429, retryAfter(3), 1, null, Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void retryAfterBeyondMaximum_isTooLongAndNotPlanned() {
        assertThat(planner.waitTooLong(true, 429, retryAfter(61))).isTrue();
        assertThat(planner.waitTooLong(false, 503, retryAfter(3600))).isTrue();
        assertThat(planner.afterStatus(true, 429, retryAfter(61), 1, null, Duration.ofDays(1))).isEmpty();
        assertThat(planner.waitTooLong(true, 429, retryAfter(60))).isFalse();
        assertThat(planner.waitTooLong(true, 500, retryAfter(3600))).isFalse(); // not retryable anyway
        var hugeDelay = new RateLimit(null, RateLimitHeaders.LONGEST, null, null, null, null);
        assertThat(planner.waitTooLong(false, 429, hugeDelay)).isTrue();
    }

    /** Changed on purpose (issue #15): PUT and DELETE are no longer resent after 502/504 unless declared safe. */
    @Test
    void statuses_writesOnlyWhenCertainlyNotProcessedOrDeclaredSafe() {
        for (String method : new String[] {"PUT", "PATCH", "DELETE", "POST"}) {
            boolean resendable = RetryPlanner.resendable(method, false);
            assertThat(resendable).as(method).isFalse();
            assertThat(RetryPlanner.retryableStatus(resendable, 429, RateLimit.NONE)).as(method).isTrue();
            assertThat(RetryPlanner.retryableStatus(resendable, 503, retryAfter(1))).as(method).isTrue();
            assertThat(RetryPlanner.retryableStatus(resendable, 503, RateLimit.NONE)).as(method).isFalse();
            assertThat(RetryPlanner.retryableStatus(resendable, 502, RateLimit.NONE)).as(method).isFalse();
            assertThat(RetryPlanner.retryableStatus(resendable, 504, RateLimit.NONE)).as(method).isFalse();
            assertThat(RetryPlanner.retryableStatus(RetryPlanner.resendable(method, true), 502, RateLimit.NONE))
                    .as(method + " declared safe").isTrue();
        }
    }

    @Test
    void statuses_safeMethods() {
        for (String method : new String[] {"GET", "HEAD", "OPTIONS"}) {
            boolean resendable = RetryPlanner.resendable(method, false);
            assertThat(RetryPlanner.retryableStatus(resendable, 502, RateLimit.NONE)).as(method).isTrue();
            assertThat(RetryPlanner.retryableStatus(resendable, 504, RateLimit.NONE)).as(method).isTrue();
            assertThat(RetryPlanner.retryableStatus(resendable, 500, RateLimit.NONE)).as(method).isFalse();
            assertThat(RetryPlanner.retryableStatus(resendable, 404, RateLimit.NONE)).as(method).isFalse();
        }
    }

    @Test
    void failures_resendableRetriesIoErrors() {
        assertThat(planner.afterFailure(true, new IOException("Connection reset"), 1, null, PLENTY)).isPresent();
        assertThat(planner.afterFailure(true, new HttpTimeoutException("timed out"), 1, null, PLENTY)).isPresent();
    }

    /** Changed on purpose (issue #15): PUT and DELETE now behave like POST after an ambiguous failure. */
    @Test
    void failures_writesRetryOnlyWhenNothingWasSent() {
        assertThat(planner.afterFailure(false, new ConnectException("refused"), 1, null, PLENTY)).isPresent();
        assertThat(planner.afterFailure(false, new HttpConnectTimeoutException("connect"), 1, null, PLENTY))
                .isPresent();
        assertThat(planner.afterFailure(false, new IOException("Connection reset"), 1, null, PLENTY)).isEmpty();
        assertThat(planner.afterFailure(false, new HttpTimeoutException("timed out"), 1, null, PLENTY)).isEmpty();
    }

    @Test
    void failures_tlsHandshakeIsNotRetried() {
        assertThat(planner.afterFailure(true, new SSLHandshakeException("bad cert"), 1, null, PLENTY)).isEmpty();
    }

    @Test
    void failures_noRetryThatEndsAfterTheDeadline() {
        assertThat(planner.afterFailure(true, new IOException("reset"), 1, null, Duration.ofMillis(50))).isEmpty();
    }

    @Provide
    Arbitrary<RetryPolicy> policies() {
        return Combinators.combine(Arbitraries.longs().between(1, 5_000), Arbitraries.longs().between(0, 60_000))
                .as((base, extra) -> RetryPolicy.builder().baseDelay(Duration.ofMillis(base))
                        .maxDelay(Duration.ofMillis(base + extra)).build());
    }

    @Property(tries = 300)
    void jitteredBackoff_staysBetweenFloorAndCap(@ForAll("policies") RetryPolicy policy,
                                                 @ForAll @IntRange(min = 1, max = 40) int attempts,
                                                 @ForAll @IntRange(min = 0, max = 10_000_000) int previousMillis) {
        Duration wait = new RetryPlanner(policy).backoff(attempts, Duration.ofMillis(previousMillis));

        assertThat(wait).isBetween(policy.baseDelay(), policy.maxDelay());
    }

    @Property(tries = 20)
    void jitteredBackoff_expectedWaitGrows(@ForAll("policies") RetryPolicy policy) {
        var planner = new RetryPlanner(policy);
        int chains = 4000;
        int steps = 5;
        double[] mean = new double[steps];
        for (int c = 0; c < chains; c++) {
            Duration previous = null;
            for (int step = 0; step < steps; step++) {
                previous = planner.backoff(step + 1, previous);
                mean[step] += previous.toNanos() / (double) chains;
            }
        }
        double floor = policy.baseDelay().toNanos();
        double cap = policy.maxDelay().toNanos();
        for (int step = 1; step < steps; step++) {
            // never shrinks on average (5% slack: sampling noise is under 1%) ...
            assertThat(mean[step]).isGreaterThanOrEqualTo(mean[step - 1] * 0.95);
        }
        // ... and grows clearly while the cap leaves room
        if (cap >= 9 * floor) {
            assertThat(mean[2]).isGreaterThan(mean[0] * 1.5);
        }
    }
}
