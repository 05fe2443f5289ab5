package ado.core;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how long {@link AdoClient} waits before it sends a request again. Immutable and thread-safe.
 *
 * <p>Idempotent requests (GET, HEAD, PUT, DELETE, OPTIONS) are retried after a connection reset or close, a
 * timeout, and the statuses 429, 502, 503 and 504. A 500 is not retried: Azure DevOps answers 500 for requests it
 * will reject again. Non-idempotent requests (POST, PATCH) are retried only when the server proves it did not
 * process them: a 429, a 503 with {@code Retry-After}, or a connection that was refused (or timed out) before
 * anything was sent.
 *
 * <p>429 and 503 honour {@code Retry-After} (delta seconds or an HTTP date) and {@code X-RateLimit-Delay}; other
 * waits grow exponentially from {@link #baseDelay()} up to {@link #maxDelay()}, with full jitter by default. No
 * retry happens after {@link #maxAttempts()} attempts, and none that would end after {@link #maxTotalTime()}: the
 * request fails instead of sleeping past the budget.
 *
 * <p>The JDK's {@code HttpClient} adds attempts of its own, on top of {@link #maxAttempts()}: it silently sends a
 * GET or HEAD once more when a pooled connection dies before any response byte arrives, and it retries a failed
 * connect once for every method (unless {@code jdk.httpclient.disableRetryConnect=true}). Neither can duplicate a
 * POST: a failed connect sent nothing.
 *
 * {@snippet :
 * RetryPolicy policy = RetryPolicy.newBuilder().maxAttempts(6).maxTotalTime(Duration.ofMinutes(5)).build();
 * }
 */
public final class RetryPolicy {

    private static final RetryPolicy DEFAULTS = newBuilder().build();
    private static final RetryPolicy NONE = newBuilder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration maxTotalTime;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final boolean jitter;

    private RetryPolicy(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.maxTotalTime = b.maxTotalTime;
        this.baseDelay = b.baseDelay;
        this.maxDelay = b.maxDelay;
        this.jitter = b.jitter;
        if (baseDelay.compareTo(maxDelay) > 0) {
            throw new IllegalArgumentException("baseDelay " + baseDelay + " is longer than maxDelay " + maxDelay);
        }
    }

    /** {@return 4 attempts within 2 minutes, waits from 500 ms up to 30 s, full jitter} */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** {@return a policy that never retries} */
    public static RetryPolicy none() {
        return NONE;
    }

    /** {@return a builder starting from the defaults} */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** {@return how many times a request is sent at most, the first time included} */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** {@return how long all attempts of one request and the waits between them may take together} */
    public Duration maxTotalTime() {
        return maxTotalTime;
    }

    /** {@return the wait before the first retry, doubled for each further retry} */
    public Duration baseDelay() {
        return baseDelay;
    }

    /** {@return the longest computed wait (a server's {@code Retry-After} may ask for longer)} */
    public Duration maxDelay() {
        return maxDelay;
    }

    /** {@return whether computed waits are drawn at random between zero and their exponential value} */
    public boolean jitter() {
        return jitter;
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", maxTotalTime=" + maxTotalTime + ", baseDelay="
                + baseDelay + ", maxDelay=" + maxDelay + ", jitter=" + jitter + "]";
    }

    /** Builds a {@link RetryPolicy}; starts from the defaults. */
    public static final class Builder {

        private int maxAttempts = 4;
        private Duration maxTotalTime = Duration.ofMinutes(2);
        private Duration baseDelay = Duration.ofMillis(500);
        private Duration maxDelay = Duration.ofSeconds(30);
        private boolean jitter = true;

        private Builder() {
        }

        /** Sets how many times a request is sent at most, at least 1 (1 means no retry). */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** Sets the time budget of one request, retries and waits included; positive. */
        public Builder maxTotalTime(Duration maxTotalTime) {
            this.maxTotalTime = positive(maxTotalTime, "maxTotalTime");
            return this;
        }

        /** Sets the wait before the first retry; positive. */
        public Builder baseDelay(Duration baseDelay) {
            this.baseDelay = positive(baseDelay, "baseDelay");
            return this;
        }

        /** Sets the longest computed wait; positive. */
        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = positive(maxDelay, "maxDelay");
            return this;
        }

        /** Sets whether computed waits are randomised (full jitter); on by default. */
        public Builder jitter(boolean jitter) {
            this.jitter = jitter;
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
