package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoResponse;
import ado.core.RateLimit;
import ado.core.error.AdoThrottledException;
import ado.core.error.AdoTransportException;
import ado.core.error.HttpFailure;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class AdaptiveLimitTest {

    private static final RateLimit CLEAR = RateLimit.NONE;
    private static final RateLimit RETRY_AFTER = new RateLimit(Duration.ofSeconds(1), null, null, 200L, 0L, null);
    private static final RateLimit LOW = new RateLimit(null, null, "r", 200L, 20L, null);
    private static final RateLimit PLENTY = new RateLimit(null, null, "r", 200L, 150L, null);

    @Test
    void startsAtTheBound() {
        assertThat(new AdaptiveLimit(8).limit()).isEqualTo(8);
    }

    @Test
    void retryAfter_halves_onceForTheRequestsAlreadyInFlight() throws InterruptedException {
        var limit = new AdaptiveLimit(8);
        long[] tickets = new long[8];
        for (int i = 0; i < 8; i++) {
            tickets[i] = limit.acquire();
        }

        limit.release(tickets[0], RETRY_AFTER);
        limit.release(tickets[1], RETRY_AFTER); // sent before the decrease: the same signal, not a new one

        assertThat(limit.limit()).isEqualTo(4);

        for (int i = 2; i < 8; i++) {
            limit.release(tickets[i], CLEAR);
        }
        long later = limit.acquire();
        limit.release(later, RETRY_AFTER); // sent after the decrease: halves again

        assertThat(limit.limit()).isEqualTo(2);
        assertThat(limit.lowest()).isEqualTo(2);
    }

    @Test
    void lowRemaining_halves_plentyRemainingDoesNot() throws InterruptedException {
        var limit = new AdaptiveLimit(8);

        limit.release(limit.acquire(), PLENTY);
        assertThat(limit.limit()).isEqualTo(8);
        limit.release(limit.acquire(), LOW);
        assertThat(limit.limit()).isEqualTo(4);
    }

    @Test
    void neverBelowOne_andClearAnswersRaiseItBackToTheBoundOnly() throws InterruptedException {
        var limit = new AdaptiveLimit(4);
        for (int i = 0; i < 5; i++) {
            limit.release(limit.acquire(), RETRY_AFTER);
        }
        assertThat(limit.limit()).isEqualTo(1);

        for (int i = 0; i < 100; i++) {
            limit.release(limit.acquire(), CLEAR);
        }

        assertThat(limit.limit()).isEqualTo(4);
        assertThat(limit.lowest()).isEqualTo(1);
    }

    @Test
    void failureWithoutAnswer_freesItsPlace_withoutAdapting() throws InterruptedException {
        var limit = new AdaptiveLimit(1);
        long ticket = limit.acquire();
        var second = new CountDownLatch(1);
        Thread waiter = new Thread(() -> {
            try {
                limit.release(limit.acquire(), CLEAR);
                second.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();

        assertThat(second.await(200, TimeUnit.MILLISECONDS)).as("held back while one is in flight").isFalse();
        limit.release(ticket, null);

        assertThat(second.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(limit.limit()).isEqualTo(1);
    }

    @Test
    void send_adaptsToTheAnswer_andToTheErrorTheServerAnsweredWith() throws InterruptedException {
        var limit = new AdaptiveLimit(8);
        URI uri = URI.create("http://127.0.0.1/x");
        HttpHeaders none = HttpHeaders.of(Map.of(), (a, b) -> true);

        assertThat(limit.send(() -> new AdoResponse<>(200, uri, none, LOW, "ok")).body()).isEqualTo("ok");
        assertThat(limit.limit()).isEqualTo(4);

        var throttled = new AdoThrottledException(new HttpFailure(429, "POST", uri, "TF400733", null, null, 0, null,
                RETRY_AFTER, false));
        assertThatThrownBy(() -> limit.send(() -> {
            throw throttled;
        })).isSameAs(throttled);
        assertThat(limit.limit()).as("the 429's Retry-After").isEqualTo(2);

        assertThatThrownBy(() -> limit.send(() -> {
            throw new AdoTransportException("no answer", null);
        })).isInstanceOf(AdoTransportException.class);
        assertThat(limit.limit()).as("no answer: no signal").isEqualTo(2);
        assertThat(limit.send(() -> new AdoResponse<>(200, uri, none, CLEAR, "free")).body())
                .as("every place handed back").isEqualTo("free");
    }

    @Test
    void badBound_isRefusedNamingTheParameter() {
        assertThatThrownBy(() -> new AdaptiveLimit(0)).hasMessageContaining("parallelism");
    }
}
