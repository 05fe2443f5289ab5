package ado.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a benchmark server saw, counted on the server side: client connections opened, requests by protocol
 * ({@code HTTP/2.0} requests are HTTP/2 streams), and the most requests in flight at once since the last
 * {@link #snapshot()}. Thread-safe. Paths under {@code /_bench/} (the harness's own probes) are not counted.
 *
 * <p>A request is in flight from the handler's entry to its return, so the peak can pass a client's own bound by one
 * or two: the last bytes of an answer reach the client, which sends its next request, before the server thread
 * that wrote them has returned (seen on a loaded machine: 9 with the object layer's 8).
 */
final class Traffic {

    /** The counts at one moment; {@code peakInFlight} is the most requests in flight since the previous snapshot. */
    record Snapshot(long connections, long http2Requests, long http1Requests, int peakInFlight) {

        /** {@return the counts as space-separated numbers, as {@code /_bench/cpu} and the stats line print them} */
        String text() {
            return connections + " " + http2Requests + " " + http1Requests + " " + peakInFlight;
        }
    }

    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong http2 = new AtomicLong();
    private final AtomicLong http1 = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();
    /** Only for servers that cannot report their connections: one remote address (port) per connection. */
    private final Set<InetSocketAddress> remotes;

    /**
     * @param countRemoteAddresses count a connection per distinct remote address seen by a request (for the JDK's
     *                             server, which tells nothing of its connections); otherwise the server calls
     *                             {@link #connectionOpened()}
     */
    Traffic(boolean countRemoteAddresses) {
        remotes = countRemoteAddresses ? ConcurrentHashMap.newKeySet() : null;
    }

    /** Counts one client connection (from the server's connection listener). */
    void connectionOpened() {
        connections.incrementAndGet();
    }

    /** {@return {@code handler} counting each request it handles} */
    HttpHandler count(HttpHandler handler) {
        return exchange -> {
            if (exchange.getRequestURI().getPath().startsWith("/_bench/")) {
                handler.handle(exchange);
                return;
            }
            enter(exchange);
            try {
                handler.handle(exchange);
            } finally {
                inFlight.decrementAndGet();
            }
        };
    }

    private void enter(HttpExchange exchange) {
        if (remotes != null && remotes.add(exchange.getRemoteAddress())) {
            connections.incrementAndGet();
        }
        (exchange.getProtocol().startsWith("HTTP/2") ? http2 : http1).incrementAndGet();
        int now = inFlight.incrementAndGet();
        peak.accumulateAndGet(now, Math::max);
    }

    /** {@return the counts now, starting a new peak-in-flight window} */
    Snapshot snapshot() {
        return new Snapshot(connections.get(), http2.get(), http1.get(), peak.getAndSet(inFlight.get()));
    }
}
