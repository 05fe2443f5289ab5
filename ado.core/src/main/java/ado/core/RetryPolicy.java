package ado.core;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how long {@link AdoClient} waits before it sends a request again, and how long one call may take.
 * Immutable and thread-safe.
 *
 * <p><b>What is sent again.</b> GET, HEAD and OPTIONS are retried after a connection reset or close, a timeout, a
 * body cut off or stalled, and the statuses 429, 502, 503 and 504. A 500 is not retried: Azure DevOps answers 500
 * for requests it will reject again. Writes (PUT, PATCH, DELETE, POST) are retried only when the request was
 * certainly not processed: a 429, a 503 with {@code Retry-After}, or a connection that was refused (or timed out)
 * before anything was sent. A write that failed after it may have reached the server (reset after sending, no
 * answer in time, answer cut off) is not sent again: it fails with
 * {@link ado.core.error.AdoOutcomeUnknownException}, so a lost answer never turns into a second, unwanted write.
 * A request declared {@link ApiRequest#resendSafe()} is retried like a GET.
 *
 * <p><b>How long to wait.</b> 429 and 503 honour {@code Retry-After} (delta seconds or an HTTP date) and else
 * {@code X-RateLimit-Delay}; a server wait longer than {@link #maxRetryAfter()} is not slept: the call fails at
 * once with {@link ado.core.error.AdoThrottledException}, which carries the wait. Other waits use decorrelated
 * jitter: each is drawn between {@link #baseDelay()} and three times the previous wait, capped at
 * {@link #maxDelay()}, so waits never drop below the floor and grow on average (without jitter they double).
 *
 * <p><b>How long a call may take.</b> A call has one deadline, {@link #maxTotalTime()} after it starts (but never
 * shorter than one {@code requestTimeout} of the client): connecting, waiting for headers, reading the body, every
 * retry and every wait for the client's pacing gate must end by then, and no retry or wait starts that would end
 * later. Each attempt also has the client's {@code requestTimeout}, which covers its connect, headers and whole
 * body. A body the caller reads itself ({@code openStream}, {@code download}) is instead limited per wait: it
 * fails when no byte arrives for one {@code requestTimeout}. No more than {@link #maxAttempts()} attempts are made.
 * {@link ApiRequest#timeout(Duration)} replaces this deadline for the calls of one request.
 *
 * <p>The JDK's {@code HttpClient} adds attempts of its own, on top of {@link #maxAttempts()}: it silently sends a
 * GET or HEAD once more when a pooled connection dies before any response byte arrives, and it retries a failed
 * connect once for every method (unless {@code jdk.httpclient.disableRetryConnect=true}). Neither can duplicate a
 * write: a failed connect sent nothing. A write sent on a kept-alive HTTP/1.1 connection that the server closes as
 * it is reused ends before any answer, and whether the server read it first cannot be known: unless declared
 * {@link ApiRequest#resendSafe()}, it fails with {@link ado.core.error.AdoOutcomeUnknownException} instead of being
 * sent again. Do not set {@code jdk.httpclient.enableAllMethodRetry}: the JDK would then resend such writes itself.
 * The JDK 17 client keeps idle connections for 1,200 s; a JVM talking to a server that closes them sooner over
 * HTTP/1.1 can make this rarer with {@code -Djdk.httpclient.keepalive.timeout} set below the server's idle timeout.
 *
 * <pre>{@code
 * RetryPolicy policy = RetryPolicy.builder().maxAttempts(6).maxTotalTime(Duration.ofMinutes(5)).build();
 * }</pre>
 */
public final class RetryPolicy {

    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy NONE = builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration maxTotalTime;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final boolean jitter;
    private final Duration maxRetryAfter;

    private RetryPolicy(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.maxTotalTime = b.maxTotalTime;
        this.baseDelay = b.baseDelay;
        this.maxDelay = b.maxDelay;
        this.jitter = b.jitter;
        this.maxRetryAfter = b.maxRetryAfter;
        if (baseDelay.compareTo(maxDelay) > 0) {
            throw new IllegalArgumentException("baseDelay " + baseDelay + " is longer than maxDelay " + maxDelay);
        }
    }

    /** {@return 4 attempts within 2 minutes, waits from 500 ms up to 30 s with jitter, server waits up to 60 s} */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** {@return a policy that never retries} */
    public static RetryPolicy none() {
        return NONE;
    }

    /** {@return a builder starting from the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return how many times a request is sent at most, the first time included} */
    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * {@return how long one call may take: all its attempts, their bodies and the waits between and before them}
     * A call's deadline is never shorter than the client's {@code requestTimeout}.
     */
    public Duration maxTotalTime() {
        return maxTotalTime;
    }

    /** {@return the shortest wait before a retry that the server did not time (the backoff floor)} */
    public Duration baseDelay() {
        return baseDelay;
    }

    /** {@return the longest computed wait (a server's {@code Retry-After} may ask for longer)} */
    public Duration maxDelay() {
        return maxDelay;
    }

    /**
     * {@return whether computed waits are random (decorrelated jitter between {@link #baseDelay()} and three times
     * the previous wait); without jitter they double from {@link #baseDelay()}}
     */
    public boolean jitter() {
        return jitter;
    }

    /**
     * {@return the longest wait a server may ask for} A {@code Retry-After} (or {@code X-RateLimit-Delay}) beyond it
     * fails the call at once with {@link ado.core.error.AdoThrottledException} instead of sleeping, and a
     * {@code Retry-After} on a success holds the client's later requests back for at most this long.
     */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", maxTotalTime=" + maxTotalTime + ", baseDelay="
                + baseDelay + ", maxDelay=" + maxDelay + ", jitter=" + jitter + ", maxRetryAfter=" + maxRetryAfter
                + "]";
    }

    /** Builds a {@link RetryPolicy}; starts from the defaults. Not thread-safe: confine a builder to one thread. */
    public static final class Builder {

        private int maxAttempts = 4;
        private Duration maxTotalTime = Duration.ofMinutes(2);
        private Duration baseDelay = Duration.ofMillis(500);
        private Duration maxDelay = Duration.ofSeconds(30);
        private boolean jitter = true;
        private Duration maxRetryAfter = Duration.ofSeconds(60);

        private Builder() {
        }

        /**
         * Sets how many times a request is sent at most, at least 1 (1 means no retry).
         *
         * @param maxAttempts the number of attempts, first one included
         * @return this builder
         * @throws IllegalArgumentException if {@code maxAttempts} is below 1
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * Sets the time budget of one request, retries and waits included; positive.
         *
         * @param maxTotalTime the deadline of a call, from its start; default 2 min
         * @return this builder
         */
        public Builder maxTotalTime(Duration maxTotalTime) {
            this.maxTotalTime = positive(maxTotalTime, "maxTotalTime");
            return this;
        }

        /**
         * Sets the shortest wait before a retry that the server did not time; positive.
         *
         * @param baseDelay the floor of computed waits; default 500 ms
         * @return this builder
         */
        public Builder baseDelay(Duration baseDelay) {
            this.baseDelay = positive(baseDelay, "baseDelay");
            return this;
        }

        /**
         * Sets the longest computed wait; positive.
         *
         * @param maxDelay the cap of computed waits; default 30 s
         * @return this builder
         */
        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = positive(maxDelay, "maxDelay");
            return this;
        }

        /**
         * Sets whether computed waits are randomised (decorrelated jitter); on by default.
         *
         * @param jitter {@code false} for waits that double from {@code baseDelay}
         * @return this builder
         */
        public Builder jitter(boolean jitter) {
            this.jitter = jitter;
            return this;
        }

        /**
         * Sets the longest server-requested wait that is honoured by sleeping; positive, default 60 s.
         *
         * @param maxRetryAfter the longest {@code Retry-After} slept; a longer one fails the call at once
         * @return this builder
         */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = positive(maxRetryAfter, "maxRetryAfter");
            return this;
        }

        /**
         * {@return the policy}
         *
         * @throws IllegalArgumentException if {@code baseDelay} is longer than {@code maxDelay}
         */
        public RetryPolicy build() {
            return new RetryPolicy(this);
        }

        private static Duration positive(Duration d, String field) {
            Objects.requireNonNull(d, field + " == null");
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(field + " must be positive: " + d);
            }
            return d;
        }
    }
}
