package ado.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class WatchdogTest {

    private final Watchdog watchdog = new Watchdog();

    @Test
    void watch_deadlinePasses_runsTaskOnce() throws InterruptedException {
        var ran = new CountDownLatch(1);
        var runs = new AtomicInteger();
        watchdog.at(Deadline.after(Duration.ofMillis(100), "test"), () -> {
            runs.incrementAndGet();
            ran.countDown();
        });

        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(3 * Watchdog.TICK_MILLIS);
        assertThat(runs).hasValue(1);
    }

    @Test
    void watch_closedBeforeDeadline_neverRuns() throws InterruptedException {
        var runs = new AtomicInteger();
        try (var watch = watchdog.at(Deadline.after(Duration.ofMillis(100), "test"), runs::incrementAndGet)) {
            assertThat(watch).isNotNull();
        }

        Thread.sleep(100 + 4 * Watchdog.TICK_MILLIS);
        assertThat(runs).hasValue(0);
    }

    @Test
    void watch_failingTask_othersStillRun() throws InterruptedException {
        var ran = new CountDownLatch(1);
        watchdog.at(Deadline.after(Duration.ofMillis(50), "test"), () -> {
            throw new IllegalStateException("boom");
        });
        watchdog.at(Deadline.after(Duration.ofMillis(200), "test"), ran::countDown);

        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
    }
}
