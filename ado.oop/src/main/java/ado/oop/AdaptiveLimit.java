package ado.oop;

import ado.core.AdoResponse;
import ado.core.RateLimit;
import ado.core.error.AdoHttpException;
import java.util.function.Supplier;

/**
 * How many requests of one bulk operation may be in flight, adapted to Azure DevOps' throttling (additive increase,
 * multiplicative decrease): it starts at its bound; an answer that asks the client to slow down ({@code Retry-After},
 * on a 200 or after a 429 the client retried) or says the budget is nearly spent ({@code X-RateLimit-Remaining}
 * below a quarter of {@code X-RateLimit-Limit}, or 0) halves it, at most once per round of requests already in
 * flight; each run of as many clear answers as the current limit raises it by one, up to the bound. Thread-safe.
 */
final class AdaptiveLimit {

    private final int bound;
    private int limit;
    private int inFlight;
    private long started;        // requests started so far
    private long decreasedBefore; // requests started before the last decrease: their answers do not decrease again
    private int clear;           // clear answers since the last change
    private int lowest;

    /**
     * Creates a limit starting at, and never above, {@code bound}.
     *
     * @throws IllegalArgumentException if {@code bound} is not positive
     */
    AdaptiveLimit(int bound) {
        if (bound < 1) {
            throw new IllegalArgumentException("parallelism must be positive: " + bound);
        }
        this.bound = bound;
        this.limit = bound;
        this.lowest = bound;
    }

    /**
     * Waits until fewer than the current limit are in flight, then counts one more.
     *
     * @return the ticket to hand back to {@link #release}
     * @throws InterruptedException if interrupted while waiting
     */
    synchronized long acquire() throws InterruptedException {
        while (inFlight >= limit) {
            wait();
        }
        inFlight++;
        return started++;
    }

    /**
     * Counts a request as done and adapts the limit to what its answer said.
     *
     * @param ticket    what {@link #acquire} returned for it
     * @param rateLimit the answer's rate-limit headers; {@code null} when it failed without an answer
     */
    synchronized void release(long ticket, RateLimit rateLimit) {
        inFlight--;
        if (rateLimit != null && slowDown(rateLimit)) {
            if (ticket >= decreasedBefore) { // a request sent after the last decrease: a new signal
                limit = Math.max(1, limit / 2);
                lowest = Math.min(lowest, limit);
                decreasedBefore = started;
            }
            clear = 0;
        } else if (rateLimit != null && ++clear >= limit && limit < bound) {
            limit++;
            clear = 0;
        }
        notifyAll();
    }

    /**
     * {@return the answer of {@code request}, sent once fewer than the limit are in flight}; its rate-limit headers,
     * or those of the error the server answered with, adapt the limit
     *
     * @param request one request
     * @param <T> the body type
     * @throws InterruptedException if interrupted while waiting for a place; nothing was sent then
     */
    <T> AdoResponse<T> send(Supplier<AdoResponse<T>> request) throws InterruptedException {
        long ticket = acquire();
        RateLimit seen = null;
        try {
            AdoResponse<T> answer = request.get();
            seen = answer.rateLimit();
            return answer;
        } catch (AdoHttpException e) {
            seen = e.rateLimit();
            throw e;
        } finally {
            release(ticket, seen);
        }
    }

    /** {@return whether an answer asks the client to send less} */
    static boolean slowDown(RateLimit r) {
        if (r.retryAfter() != null && !r.retryAfter().isZero()) {
            return true;
        }
        if (r.remaining() == null) {
            return false;
        }
        return r.remaining() <= 0 || r.limit() != null && r.remaining() * 4 < r.limit();
    }

    /** {@return the current limit} */
    synchronized int limit() {
        return limit;
    }

    /** {@return the lowest the limit has been} */
    synchronized int lowest() {
        return lowest;
    }
}
