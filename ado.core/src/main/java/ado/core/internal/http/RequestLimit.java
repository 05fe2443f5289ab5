package ado.core.internal.http;

import ado.core.error.AdoTransportException;
import java.lang.ref.Cleaner;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Bounds how many requests one client has in flight: a fair semaphore whose permit an attempt holds from before
 * it is sent until its response body has been read, discarded, or (for a body handed to the caller) read to its
 * end, failed or closed. A caller waits in line for a permit until its call's deadline and then fails with an
 * {@link AdoTransportException} saying the limit was reached (nothing was sent). Thread-safe; one per client.
 *
 * <p>Why a bound at all: the JDK client opens one HTTP/1.1 connection per concurrent request, without limit, and
 * on HTTP/2 fails a request at once with {@code IOException("too many concurrent streams")} when the server's
 * {@code SETTINGS_MAX_CONCURRENT_STREAMS} are in use ({@code Http2Connection.reserveStream}, JDK 17 and 25).
 */
public final class RequestLimit {

    /**
     * The default bound: below the 100 concurrent streams that HTTP/2 servers commonly allow (and RFC 9113 asks
     * them to allow at least), and a connection count one server's idle-connection limits comfortably hold; more
     * in flight than this gains nothing against Azure DevOps, whose rate limits count the work, not the requests.
     */
    public static final int DEFAULT = 64;

    /** Releases the permits of response streams a caller dropped without closing. */
    private static final class Abandoned {
        static final Cleaner CLEANER = Cleaner.create();
    }

    private final int max;
    private final Semaphore permits;

    /**
     * @param max the most requests in flight at once
     * @throws IllegalArgumentException if {@code max} is below 1
     */
    public RequestLimit(int max) {
        this.max = checked(max);
        this.permits = new Semaphore(max, true);
    }

    /**
     * {@return {@code max} if it is a usable bound}
     *
     * @throws IllegalArgumentException if {@code max} is below 1, naming it
     */
    public static int checked(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("maxConcurrentRequests must be at least 1: " + max);
        }
        return max;
    }

    /**
     * Waits in line for a permit until {@code deadline}.
     *
     * @param what the request, for the message (method and redacted URL)
     * @throws AdoTransportException when the deadline passes first; the request was not sent
     * @throws InterruptedException  when the thread is interrupted while waiting
     */
    Permit acquire(Deadline deadline, Supplier<String> what) throws InterruptedException {
        // tryAcquire with a timeout keeps the fair order (the untimed tryAcquire() would barge ahead of waiters)
        if (!permits.tryAcquire(deadline.remainingNanos(), TimeUnit.NANOSECONDS)) {
            throw new AdoTransportException(what.get() + " was not sent: the client's limit of " + max + " request"
                    + (max == 1 ? "" : "s") + " in flight (AdoClient.Builder.maxConcurrentRequests) was reached and "
                    + "no place came free before " + deadline.name(), null);
        }
        return new Permit(permits);
    }

    /** One request's place in flight; released once, however many times {@link #release()} is called. */
    static final class Permit implements Runnable {

        private final Semaphore permits;
        private final AtomicBoolean released = new AtomicBoolean();

        private Permit(Semaphore permits) {
            this.permits = permits;
        }

        /** Gives the place back; later calls do nothing. */
        void release() {
            if (released.compareAndSet(false, true)) {
                permits.release();
            }
        }

        @Override
        public void run() {
            release();
        }
    }

    /**
     * Runs {@code action} once {@code owner} is unreachable, unless the returned handle runs it first: the safety net
     * for a response stream the caller dropped without closing, which would otherwise hold its permit (and
     * connection) for ever. {@code action} must not refer to {@code owner}.
     */
    static Cleaner.Cleanable whenUnreachable(Object owner, Runnable action) {
        return Abandoned.CLEANER.register(owner, action);
    }
}
