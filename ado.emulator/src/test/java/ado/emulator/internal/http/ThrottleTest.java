package ado.emulator.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The budget arithmetic of the simulated rate limiting, on a clock the test moves. */
class ThrottleTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    // 4 units in 4 s (one drains per second), 2 units of delayed overuse, then blocked; held 10 ms when delayed
    private final Throttle throttle = new Throttle(4, Duration.ofSeconds(4), 2, Duration.ofMillis(10), nanos::get,
            () -> 1_700_000_000_000L);

    @Test
    void underHalfTheBudget_noHeaders() {
        Throttle.Verdict first = throttle.charge("alice");

        assertThat(first.blocked()).isFalse();
        assertThat(first.hold()).isZero();
        assertThat(first.headers()).isEmpty();
    }

    @Test
    void fromHalfTheBudget_headersCountDown_beforeAnyDelay() {
        throttle.charge("alice");

        Throttle.Verdict second = throttle.charge("alice");
        throttle.charge("alice");
        Throttle.Verdict fourth = throttle.charge("alice");

        assertThat(second.headers()).containsEntry("X-RateLimit-Limit", "4")
                .containsEntry("X-RateLimit-Remaining", "2").containsKeys("X-RateLimit-Resource", "X-RateLimit-Reset")
                .doesNotContainKeys("Retry-After", "X-RateLimit-Delay");
        assertThat(fourth.headers()).containsEntry("X-RateLimit-Remaining", "0").doesNotContainKey("Retry-After");
        assertThat(fourth.hold()).isZero();
        // 4 units used, draining 1 a second: zero 4 s from now, rounded up to whole seconds
        assertThat(fourth.headers()).containsEntry("X-RateLimit-Reset", Long.toString(1_700_000_000L + 4));
    }

    @Test
    void overTheBudget_delayedWithRetryAfter_thenBlocked429_withoutCharging() {
        for (int i = 0; i < 4; i++) {
            throttle.charge("alice");
        }

        Throttle.Verdict fifth = throttle.charge("alice");
        Throttle.Verdict sixth = throttle.charge("alice");
        Throttle.Verdict seventh = throttle.charge("alice");
        Throttle.Verdict eighth = throttle.charge("alice");

        assertThat(fifth.blocked()).isFalse();
        assertThat(fifth.hold()).isEqualTo(Duration.ofMillis(10));
        assertThat(fifth.headers()).containsEntry("Retry-After", "2").containsEntry("X-RateLimit-Delay", "0.010")
                .containsEntry("X-RateLimit-Remaining", "0");
        assertThat(sixth.blocked()).isFalse();
        assertThat(sixth.headers()).containsEntry("Retry-After", "3");
        assertThat(seventh.blocked()).isTrue();
        assertThat(seventh.headers()).containsEntry("Retry-After", "3").containsEntry("X-RateLimit-Remaining", "0");
        assertThat(eighth.blocked()).as("a blocked request uses no budget, so the next is blocked alike").isTrue();
        assertThat(eighth.headers()).isEqualTo(seventh.headers());
    }

    @Test
    void afterTheUseDrains_requestsPassAgain() {
        for (int i = 0; i < 7; i++) {
            throttle.charge("alice");
        }
        assertThat(throttle.charge("alice").blocked()).isTrue();

        nanos.addAndGet(Duration.ofSeconds(3).toNanos()); // 6 used - 3 drained = 3 of 4

        Throttle.Verdict again = throttle.charge("alice");
        assertThat(again.blocked()).isFalse();
        assertThat(again.hold()).isZero();
        assertThat(again.headers()).containsEntry("X-RateLimit-Remaining", "0").doesNotContainKey("Retry-After");
    }

    @Test
    void budgetsArePerUser() {
        for (int i = 0; i < 7; i++) {
            throttle.charge("alice");
        }

        assertThat(throttle.charge("alice").blocked()).isTrue();
        assertThat(throttle.charge("bob").headers()).isEmpty();
    }

    @Test
    void suspended_neitherChargesNorHolds() {
        throttle.active(false);
        for (int i = 0; i < 20; i++) {
            assertThat(throttle.charge("alice").headers()).isEmpty();
        }
        throttle.active(true);

        assertThat(throttle.charge("alice").headers()).isEmpty();
    }
}
