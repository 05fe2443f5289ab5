package ado.core.internal.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a task when a {@link Deadline} passes, for one client. Watching costs a set insertion and removal, no
 * thread hand-off: one daemon thread sweeps the watched deadlines every {@value #TICK_MILLIS} ms while any are
 * watched (so a task runs at most that much late), and stops after {@value #IDLE_SECONDS} idle seconds, so a client
 * needs no closing for it.
 */
final class Watchdog {

    static final long TICK_MILLIS = 50;
    static final long IDLE_SECONDS = 30;

    /** A watched deadline; {@link #close()} stops watching it. */
    final class Watch implements AutoCloseable {
        private final Deadline deadline;
        private final Runnable task;

        private Watch(Deadline deadline, Runnable task) {
            this.deadline = deadline;
            this.task = task;
        }

        @Override
        public void close() {
            watches.remove(this);
        }
    }

    private final Set<Watch> watches = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean sweeping = new AtomicBoolean();
    private final ScheduledThreadPoolExecutor timer;
    private volatile long lastWatched;

    Watchdog() {
        timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "ado4j-deadline");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        timer.setKeepAliveTime(IDLE_SECONDS, TimeUnit.SECONDS);
        timer.allowCoreThreadTimeOut(true);
    }

    /** {@return a watch that runs {@code task} once {@code deadline} has passed, unless closed first} */
    Watch at(Deadline deadline, Runnable task) {
        Watch watch = new Watch(deadline, task);
        watches.add(watch);
        lastWatched = System.nanoTime();
        if (sweeping.compareAndSet(false, true)) {
            start();
        }
        return watch;
    }

    private void start() {
        var self = new AtomicReference<ScheduledFuture<?>>();
        self.set(timer.scheduleWithFixedDelay(() -> sweep(self), TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS));
    }

    private void sweep(AtomicReference<ScheduledFuture<?>> self) {
        for (Watch watch : watches) {
            if (watch.deadline.remainingNanos() <= 0 && watches.remove(watch)) {
                try {
                    watch.task.run();
                } catch (RuntimeException e) {
                    // a failing task must not end the sweeps the other watches rely on
                }
            }
        }
        if (!watches.isEmpty() || System.nanoTime() - lastWatched < TimeUnit.SECONDS.toNanos(IDLE_SECONDS)
                || self.get() == null) {
            return;
        }
        sweeping.set(false);
        if (!watches.isEmpty() && sweeping.compareAndSet(false, true)) {
            return;   // a watch arrived while stopping: keep sweeping
        }
        self.get().cancel(false);
    }
}
