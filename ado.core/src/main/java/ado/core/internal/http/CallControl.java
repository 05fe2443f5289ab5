package ado.core.internal.http;

import java.time.Duration;
import java.util.Objects;

/**
 * What a caller controls about one call: its time limit and its correlation id.
 *
 * @param timeout       the whole call's time limit ({@code ApiRequest.timeout}), or {@code null} for the client's
 *                      default ({@code RetryPolicy.maxTotalTime}, but at least one {@code requestTimeout})
 * @param correlationId the call's correlation id, or {@code null} when none is known yet (or for calls outside
 *                      {@code ApiRequest}, such as token requests)
 */
public record CallControl(Duration timeout, String correlationId) {

    /** The client's defaults and no correlation id. */
    public static final CallControl DEFAULT = new CallControl(null, null);

    /** The longest time limit a call accepts. */
    public static final Duration MAX_TIMEOUT = Duration.ofHours(24);

    /** The name of a per-call time limit in messages, followed by its span. */
    static final String TIMEOUT_NAME = "ApiRequest.timeout";

    /**
     * {@return {@code timeout}, checked}: positive and at most {@link #MAX_TIMEOUT}
     *
     * @throws IllegalArgumentException naming {@code parameter} and the value otherwise
     */
    public static Duration checkTimeout(Duration timeout, String parameter) {
        Objects.requireNonNull(timeout, parameter + " == null");
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException(parameter + " must be positive and at most 24 hours: " + timeout);
        }
        return timeout;
    }

    /** {@return this control with {@code timeout}} */
    public CallControl withTimeout(Duration timeout) {
        return new CallControl(timeout, correlationId);
    }

    /** {@return this control with {@code id}} */
    public CallControl withCorrelationId(String id) {
        return new CallControl(timeout, id);
    }

    /** {@return whether the call has its own time limit} */
    boolean bounded() {
        return timeout != null;
    }

    /**
     * {@return the deadline of a call starting now}: its own time limit, else {@code maxTotalTime}, but at least one
     * {@code requestTimeout}
     */
    Deadline deadline(Duration requestTimeout, Duration maxTotalTime) {
        if (timeout != null) {
            return Deadline.after(timeout, TIMEOUT_NAME);
        }
        return requestTimeout.compareTo(maxTotalTime) > 0
                ? Deadline.after(requestTimeout, "requestTimeout")
                : Deadline.after(maxTotalTime, "RetryPolicy.maxTotalTime");
    }
}
