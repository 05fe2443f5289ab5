package ado.core.internal.http;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets the first request to an HTTPS origin open the client's HTTP/2 connection alone, so that a burst of first
 * calls shares one connection instead of racing to open one each.
 *
 * <p>The JDK client (17 to 25) pools an HTTP/2 connection only once it is established: sixteen calls started
 * together on a fresh client open sixteen TLS connections, keep one and close the others after a single request.
 * Here the first request to an origin goes alone; the others wait until its answer's headers arrive (the
 * connection is then pooled, and whether the server speaks HTTP/2 is known), or until the first fails, or for at
 * most the connect timeout: no longer than opening a connection of their own could take. After the first answer
 * from an origin nothing waits again: each request costs one set lookup. Only for a client that prefers HTTP/2 and
 * only on {@code https}: HTTP/1.1 needs a connection per request in flight anyway. Thread-safe.
 */
public final class FirstConnection {

    /** What the request that went first reports; {@link #done} is idempotent. */
    public interface Turn {
        /** Reports the end of the turn: {@code answered} when headers arrived (the connection is pooled). */
        void done(boolean answered);
    }

    private static final Turn NONE = answered -> { };

    private final boolean multiplexed;
    private final long maxWaitNanos;
    private final Set<String> connected = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<String, CountDownLatch> opening = new ConcurrentHashMap<>();

    /**
     * @param multiplexed whether the client prefers HTTP/2 (else nothing ever waits)
     * @param maxWait     the longest a request waits for the first: the client's connect timeout
     */
    public FirstConnection(boolean multiplexed, Duration maxWait) {
        this.multiplexed = multiplexed;
        this.maxWaitNanos = maxWait.toNanos();
    }

    /**
     * Waits, if another request is opening the connection to {@code uri}'s origin, until it has an answer, it
     * failed, {@code deadline} or the connect timeout passed, whichever comes first.
     *
     * @return the turn to end with {@link Turn#done} once this request has headers or failed (a no-op unless this
     *         request went first)
     * @throws InterruptedException if interrupted while waiting
     */
    public Turn await(URI uri, Deadline deadline) throws InterruptedException {
        if (!multiplexed || !"https".equalsIgnoreCase(uri.getScheme())) {
            return NONE;
        }
        String origin = origin(uri);
        if (connected.contains(origin)) {
            return NONE;
        }
        var mine = new CountDownLatch(1);
        CountDownLatch first = opening.putIfAbsent(origin, mine);
        if (first == null) {
            return answered -> {
                if (mine.getCount() > 0) {
                    if (answered) {
                        connected.add(origin);
                    }
                    opening.remove(origin, mine); // after a failure, the next request goes first again
                    mine.countDown();
                }
            };
        }
        first.await(Math.max(0, Math.min(maxWaitNanos, deadline.remainingNanos())), TimeUnit.NANOSECONDS);
        return NONE;
    }

    /** {@return whether an answer from {@code uri}'s origin has arrived since this client was built} */
    boolean connected(URI uri) {
        return connected.contains(origin(uri));
    }

    private static String origin(URI uri) {
        int port = uri.getPort() >= 0 ? uri.getPort() : 443;
        return uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }
}
