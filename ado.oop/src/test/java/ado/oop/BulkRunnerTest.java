package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link BulkRunner}, the one runner of the bulk reads and writes, with steps that send nothing. */
@Timeout(60)
class BulkRunnerTest {

    private static final List<Integer> TEN = IntStream.range(0, 10).boxed().toList();

    @Test
    void run_resultsInInputOrder_neverMoreAtOnceThanAsked() {
        var running = new AtomicInteger();
        var most = new AtomicInteger();
        BulkRunner.Results<String> results = BulkRunner.run(TEN, 3, "test", (i, limit) -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            Thread.yield();
            running.decrementAndGet();
            return "r" + i;
        });

        assertThat(results.interrupted()).isFalse();
        assertThat(results.values()).containsExactlyElementsOf(TEN.stream().map(i -> "r" + i).toList());
        assertThat(most.get()).isBetween(1, 3);
    }

    @Test
    void run_stepsThrow_theFirstFailingInInputOrderIsThrown() {
        assertThatThrownBy(() -> BulkRunner.run(TEN, 4, "test", (i, limit) -> {
            if (i == 3 || i == 6) {
                throw new IllegalStateException("step " + i);
            }
            return i;
        })).isInstanceOf(IllegalStateException.class).hasMessage("step 3");
    }

    @Test
    void run_callerInterrupted_runningStepsWaitedFor_restNotRun_flagSet() {
        Thread caller = Thread.currentThread();
        var firstDone = new CountDownLatch(1);
        BulkRunner.Results<String> results;
        try {
            results = BulkRunner.run(TEN, 2, "test", (i, limit) -> {
                if (i == 0) {
                    firstDone.countDown();
                    return "done 0";
                }
                if (i == 1) {
                    firstDone.await();
                    caller.interrupt();
                }
                try {
                    new CountDownLatch(1).await(); // until the runner interrupts it
                    throw new AssertionError("not reached");
                } catch (InterruptedException e) {
                    return "interrupted " + i; // a step that had sent something reports it
                }
            });
        } finally {
            assertThat(Thread.interrupted()).as("interrupt flag kept").isTrue();
        }

        assertThat(results.interrupted()).isTrue();
        assertThat(results.values()).hasSize(10);
        assertThat(results.values().subList(0, 2)).containsExactly("done 0", "interrupted 1");
        for (int i = 2; i < 10; i++) {
            assertThat(results.values().get(i)).isIn(null, "interrupted " + i);
        }
        assertThat(results.values().stream().filter(v -> v == null).count()).as("never run").isGreaterThanOrEqualTo(7);
    }

    @Test
    void run_oneAtATime_onTheCallersThread_stopsWhenInterrupted() {
        Thread caller = Thread.currentThread();
        BulkRunner.Results<String> results;
        try {
            results = BulkRunner.run(TEN, 1, "test", (i, limit) -> {
                assertThat(Thread.currentThread()).isSameAs(caller);
                if (i == 4) {
                    caller.interrupt();
                }
                return "r" + i;
            });
        } finally {
            assertThat(Thread.interrupted()).as("interrupt flag kept").isTrue();
        }

        assertThat(results.interrupted()).isTrue();
        assertThat(results.values()).containsExactly("r0", "r1", "r2", "r3", "r4", null, null, null, null, null);
    }

    @Test
    void run_badParallelism_refusedNamingIt() {
        assertThatThrownBy(() -> BulkRunner.run(TEN, 0, "test", (i, limit) -> i))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parallelism").hasMessageContaining("0");
    }
}
