package ado.core.internal.http;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A blocking call run on an executor, as a {@link CompletableFuture} that stops the call when it completes first.
 *
 * <p>However this future completes before the call has ended ({@code cancel}, {@code completeExceptionally},
 * {@code complete}, {@code orTimeout}), the thread running the call is interrupted, and the transport reacts to the
 * interrupt wherever the call is: a pacing or back-off wait ends, the HTTP exchange (connecting, waiting for the
 * headers, reading the body) is aborted so the connection is closed, and no further attempt starts. The interrupt
 * is delivered only while the call runs, and cleared before the thread goes back to its executor. A call completed
 * by itself completes the future with its result, or with its exception as is (not wrapped). Thread-safe.
 *
 * @param <T> the result
 */
public final class AsyncCall<T> extends CompletableFuture<T> {

    /** How long an idle thread of {@link #threads()} waits for more work before it ends. */
    static final long IDLE_SECONDS = 30;

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final Object lock = new Object();
    private Thread runner;         // guarded by lock: the thread running the call, while it runs
    private boolean ended;         // guarded by lock: the call has ended (or never started); no interrupt from now on
    private boolean interrupted;   // guarded by lock: this future interrupted the runner

    private AsyncCall() {
    }

    /**
     * {@return a future of {@code call}, run on {@code executor}} A rejected execution completes the future
     * exceptionally with the {@link RejectedExecutionException}.
     */
    public static <T> CompletableFuture<T> start(Supplier<T> call, Executor executor) {
        var future = new AsyncCall<T>();
        future.whenComplete((value, failure) -> future.stop());
        try {
            executor.execute(() -> future.run(call));
        } catch (RejectedExecutionException e) {
            future.completeExceptionally(e);
        }
        return future;
    }

    /**
     * {@return an executor for a client's asynchronous calls}: one daemon thread ({@code ado4j-async-N-M}) per call
     * in flight, made when needed and ended after {@value #IDLE_SECONDS} idle seconds, so it needs no closing and
     * never takes threads from the common pool
     */
    public static ExecutorService threads() {
        int pool = POOLS.incrementAndGet();
        var count = new AtomicInteger();
        var executor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_SECONDS, TimeUnit.SECONDS,
                new SynchronousQueue<>(), r -> {
                    Thread t = new Thread(r, "ado4j-async-" + pool + "-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        return executor;
    }

    private void run(Supplier<T> call) {
        synchronized (lock) {
            if (isDone()) {          // cancelled before it started: nothing is sent
                ended = true;
                return;
            }
            runner = Thread.currentThread();
        }
        T value = null;
        Throwable failure = null;
        try {
            value = call.get();
        } catch (Throwable t) {
            failure = t;
        } finally {
            boolean clear;
            synchronized (lock) {
                runner = null;
                ended = true;
                clear = interrupted;
            }
            if (clear) {
                Thread.interrupted();  // ours, not the executor's: the thread goes back uninterrupted
            }
        }
        if (failure == null) {
            complete(value);
        } else {
            completeExceptionally(failure);
        }
    }

    /** Interrupts the call if it is still running; called once the future has completed. */
    private void stop() {
        synchronized (lock) {
            if (!ended && runner != null) {
                interrupted = true;
                runner.interrupt();
            } else {
                ended = true;        // not started yet: it will not start
            }
        }
    }
}
