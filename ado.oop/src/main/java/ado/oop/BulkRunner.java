package ado.oop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one step per input of a bulk operation (a batch read, a work item write) with at most {@code parallelism}
 * steps at once and their requests admitted by one {@link AdaptiveLimit}, so the number in flight follows Azure
 * DevOps' throttling. Serves both the bulk reads ({@link WorkItemBatches}) and the bulk writes ({@link
 * WorkItemWrites}). Stateless.
 *
 * <p>Results come back in input order. A step that throws an unchecked exception stops the run: the steps not yet
 * started never start, those running are interrupted, and the exception of the first failing input is thrown. When
 * the caller is interrupted, no further step starts, the running ones are interrupted and waited for, and the run
 * returns what it has with the interrupt flag set; a step that ended with {@link InterruptedException} (it sent
 * nothing) counts as not run.
 */
final class BulkRunner {

    private BulkRunner() {
    }

    /** One input's work; it sends its requests through {@code limit}. */
    @FunctionalInterface
    interface Step<I, O> {
        /**
         * {@return the result for {@code input}}
         *
         * @throws InterruptedException if interrupted before it sent anything
         */
        O apply(I input, AdaptiveLimit limit) throws InterruptedException;
    }

    /**
     * What a run gave.
     *
     * @param values per input in input order, its step's result, or {@code null} where the step did not run
     * @param interrupted whether the caller was interrupted (its flag is set again)
     */
    record Results<O>(List<O> values, boolean interrupted) {
    }

    /**
     * {@return the results of {@code step} for each of {@code inputs}, at most {@code parallelism} at once}; on the
     * caller's thread when one step at a time is all there is to do
     *
     * @param name names the pool's threads ({@code name-1}, ...)
     * @throws IllegalArgumentException if {@code parallelism} is not positive
     */
    static <I, O> Results<O> run(List<I> inputs, int parallelism, String name, Step<I, O> step) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be positive: " + parallelism);
        }
        var limit = new AdaptiveLimit(parallelism);
        if (inputs.size() <= 1 || parallelism == 1) {
            return inline(inputs, limit, step);
        }
        var n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, inputs.size()), r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        var futures = new ArrayList<Future<O>>(inputs.size());
        try {
            for (I input : inputs) {
                futures.add(pool.submit(() -> step.apply(input, limit)));
            }
            var out = new ArrayList<O>(inputs.size());
            for (Future<O> f : futures) {
                out.add(f.get());
            }
            return new Results<>(out, false);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (InterruptedException e) {
            return afterInterrupt(pool, futures, inputs.size());
        } finally {
            pool.shutdownNow();
        }
    }

    private static <I, O> Results<O> inline(List<I> inputs, AdaptiveLimit limit, Step<I, O> step) {
        var out = new ArrayList<O>(Collections.nCopies(inputs.size(), null));
        for (int i = 0; i < inputs.size(); i++) {
            if (Thread.currentThread().isInterrupted()) {
                return new Results<>(out, true);
            }
            try {
                out.set(i, step.apply(inputs.get(i), limit));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Results<>(out, true);
            }
        }
        return new Results<>(out, Thread.currentThread().isInterrupted());
    }

    /** Stops the pool, waits for the steps it interrupted and collects what ended; the caller's flag set again. */
    private static <O> Results<O> afterInterrupt(ExecutorService pool, List<Future<O>> futures, int size) {
        pool.shutdownNow();
        boolean done = false;
        while (!done) {
            try {
                done = pool.awaitTermination(1, TimeUnit.MINUTES); // interrupted steps end promptly
            } catch (InterruptedException again) {
                // keep waiting: a step still running may have sent its request, and its outcome must be reported
            }
        }
        @SuppressWarnings("unchecked")
        O[] out = (O[]) new Object[size];
        for (int i = 0; i < futures.size(); i++) {
            Future<O> f = futures.get(i);
            if (f.isDone() && !f.isCancelled()) { // never-started tasks stay not done after shutdownNow
                try {
                    out[i] = f.get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof InterruptedException)) {
                        Thread.currentThread().interrupt();
                        throw rethrow(e.getCause());
                    }
                } catch (InterruptedException impossible) {
                    throw new AssertionError("a done future does not wait", impossible);
                }
            }
        }
        Thread.currentThread().interrupt();
        return new Results<>(Arrays.asList(out), true);
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException re) {
            throw re;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        throw new IllegalStateException(cause); // a step throws no other checked exception
    }
}
