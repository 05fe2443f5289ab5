package ado.oop;

import ado.core.spi.RequestEvent;
import ado.core.spi.RequestListener;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Counts the matching requests in flight when each attempt is sent, and how often the server had asked to slow
 * down by then: the bulk tests' view of the number in flight, taken from events instead of timing.
 */
final class InFlightRequests implements RequestListener {

    /** One attempt's start: the matching attempts in flight with it, and the throttling answers seen before it. */
    record Start(int inFlight, int throttlesBefore) {
    }

    private final BiPredicate<String, String> matches; // method, path
    private int inFlight;
    private int throttles;
    private final List<Start> starts = new ArrayList<>();

    /** Counts the requests whose method and URL path {@code matches} accepts. */
    InFlightRequests(BiPredicate<String, String> matches) {
        this.matches = matches;
    }

    @Override
    public synchronized void onStart(RequestEvent.Start event) {
        if (matches.test(event.method(), event.uri().getPath())) {
            inFlight++;
            starts.add(new Start(inFlight, throttles));
        }
    }

    @Override
    public synchronized void onResponse(RequestEvent.Response event) {
        if (matches.test(event.method(), event.uri().getPath())) {
            inFlight--;
        }
    }

    @Override
    public synchronized void onThrottle(RequestEvent.Throttle event) {
        if (event.reason() != RequestEvent.Throttle.Reason.PACED) {
            throttles++;
        }
    }

    /** {@return the throttling answers seen (Retry-After or X-RateLimit-Delay), not counting paced waits} */
    synchronized int throttles() {
        return throttles;
    }

    /** {@return every matching attempt's start, in order} */
    synchronized List<Start> starts() {
        return List.copyOf(starts);
    }

    /** {@return the most matching attempts in flight before the server first asked to slow down} */
    synchronized int mostBeforeThrottling() {
        return starts.stream().filter(s -> s.throttlesBefore() == 0).mapToInt(Start::inFlight).max().orElse(0);
    }

    /**
     * {@return the most matching attempts in flight among the next {@code window} sent after the first throttling
     * answer, once the {@code admitted} ones already let through have gone}; -1 if there were no such attempts
     */
    synchronized int mostOnceThrottled(int admitted, int window) {
        List<Start> throttled = starts.stream().filter(s -> s.throttlesBefore() > 0).toList();
        if (throttled.size() <= admitted) {
            return -1;
        }
        return throttled.subList(admitted, (int) Math.min(throttled.size(), (long) admitted + window)).stream()
                .mapToInt(Start::inFlight).max().orElseThrow();
    }
}
