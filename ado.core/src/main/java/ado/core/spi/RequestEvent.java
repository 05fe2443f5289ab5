package ado.core.spi;

import ado.core.error.AdoException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * What a {@link RequestListener} is told about one call: a request the client sends (one terminal such as
 * {@code as}, {@code send} or {@code download}, or one page of a paged stream), with the attempts it takes.
 * Immutable values that never carry a secret: the URL is redacted (no user info, no fragment, secret query values
 * such as {@code sig} shown as {@code ***}), and no header or body is included.
 *
 * <p>Common to all events: {@link #callId()}, a number unique among the calls of one client (counting from 1), which
 * ties the events of one call together; {@link #correlationId()}; {@link #method()}; {@link #uri()}; and
 * {@link #attempt()}, 1 for the first
 * attempt (a resend with a fresh token after a 401, or without a {@code Range} after a 416, keeps the number).
 */
public sealed interface RequestEvent {

    /** {@return the call's number, unique among the calls of one client} */
    long callId();

    /**
     * {@return the call's correlation id: the value sent in the client's correlation header (a random UUID, or the
     * id given with {@code ApiRequest.correlationId(String)}), the same on every attempt; quote it to find the call
     * in Azure DevOps' traces}
     */
    String correlationId();

    /** {@return the HTTP method, such as {@code GET}} */
    String method();

    /** {@return the request URL, redacted} */
    URI uri();

    /** {@return the attempt the event belongs to, from 1} */
    int attempt();

    /**
     * An attempt is about to be sent (after any wait the client's pacing imposed).
     *
     * @param callId  the call's number
     * @param correlationId the call's correlation id, the same on every attempt
     * @param method  the HTTP method
     * @param uri     the request URL, redacted
     * @param attempt the attempt, from 1
     */
    record Start(long callId, String correlationId, String method, URI uri, int attempt) implements RequestEvent {

        /**
         * Checks the values are present.
         *
         * @param callId  the call's number
         * @param correlationId the call's correlation id, the same on every attempt
         * @param method  the HTTP method
         * @param uri     the request URL, redacted
         * @param attempt the attempt
         * @throws NullPointerException if a value other than a number is {@code null}
         */
        public Start {
            Objects.requireNonNull(correlationId, "correlationId == null");
            Objects.requireNonNull(method, "method == null");
            Objects.requireNonNull(uri, "uri == null");
        }
    }

    /**
     * An attempt received a response (after redirects): fired for every response, also one that is then retried
     * (a 503) or mapped to an exception (a 404).
     *
     * @param callId   the call's number
     * @param correlationId the call's correlation id, the same on every attempt
     * @param method   the HTTP method
     * @param uri      the request URL, redacted
     * @param attempt  the attempt, from 1
     * @param status   the HTTP status
     * @param duration from sending the attempt to its response headers
     */
    record Response(long callId, String correlationId,
            String method, URI uri, int attempt, int status, Duration duration)
            implements RequestEvent {

        /**
         * Checks the values are present.
         *
         * @param callId   the call's number
         * @param correlationId the call's correlation id, the same on every attempt
         * @param method   the HTTP method
         * @param uri      the request URL, redacted
         * @param attempt  the attempt
         * @param status   the status
         * @param duration the duration
         * @throws NullPointerException if a value other than a number is {@code null}
         */
        public Response {
            Objects.requireNonNull(correlationId, "correlationId == null");
            Objects.requireNonNull(method, "method == null");
            Objects.requireNonNull(uri, "uri == null");
            Objects.requireNonNull(duration, "duration == null");
        }
    }

    /**
     * The client will send the call again after {@code delay}, as its {@code RetryPolicy} allows.
     *
     * @param callId  the call's number
     * @param correlationId the call's correlation id, the same on every attempt
     * @param method  the HTTP method
     * @param uri     the request URL, redacted
     * @param attempt the attempt that failed, from 1; the next one is {@code attempt + 1}
     * @param status  the status of the failed attempt's response, or 0 when it got none (a reset, a timeout)
     * @param cause   why: {@code HTTP 503}, or the simple name of the I/O failure such as {@code ConnectException}
     * @param delay   how long the client waits before the next attempt
     */
    record Retry(long callId, String correlationId,
            String method, URI uri, int attempt, int status, String cause, Duration delay)
            implements RequestEvent {

        /**
         * Checks the values are present.
         *
         * @param callId  the call's number
         * @param correlationId the call's correlation id, the same on every attempt
         * @param method  the HTTP method
         * @param uri     the request URL, redacted
         * @param attempt the attempt
         * @param status  the status
         * @param cause   the cause
         * @param delay   the delay
         * @throws NullPointerException if a value other than a number is {@code null}
         */
        public Retry {
            Objects.requireNonNull(correlationId, "correlationId == null");
            Objects.requireNonNull(method, "method == null");
            Objects.requireNonNull(uri, "uri == null");
            Objects.requireNonNull(cause, "cause == null");
            Objects.requireNonNull(delay, "delay == null");
        }
    }

    /**
     * Azure DevOps asked the client to slow down, or the call waits because it did earlier.
     *
     * @param callId  the call's number
     * @param correlationId the call's correlation id, the same on every attempt
     * @param method  the HTTP method
     * @param uri     the request URL, redacted
     * @param attempt the attempt concerned, from 1
     * @param status  the status of the response that asked to slow down, or 0 for {@link Reason#PACED}
     * @param duration how long: the wait asked for ({@link Reason#RETRY_AFTER}, at most
     *                 {@code RetryPolicy.maxRetryAfter}; {@link Reason#RATE_LIMIT_DELAY}: the delay before the
     *                 retry), or the wait this attempt was held back ({@link Reason#PACED})
     * @param reason  why
     */
    record Throttle(long callId, String correlationId,
            String method, URI uri, int attempt, int status, Duration duration, Reason reason)
            implements RequestEvent {

        /**
         * Checks the values are present.
         *
         * @param callId   the call's number
         * @param correlationId the call's correlation id, the same on every attempt
         * @param method   the HTTP method
         * @param uri      the request URL, redacted
         * @param attempt  the attempt
         * @param status   the status
         * @param duration the duration
         * @param reason   the reason
         * @throws NullPointerException if a value other than a number is {@code null}
         */
        public Throttle {
            Objects.requireNonNull(correlationId, "correlationId == null");
            Objects.requireNonNull(method, "method == null");
            Objects.requireNonNull(uri, "uri == null");
            Objects.requireNonNull(duration, "duration == null");
            Objects.requireNonNull(reason, "reason == null");
        }

        /** Why a call is slowed down. */
        public enum Reason {
            /**
             * A response (a 2xx, 429 or 503) carried {@code Retry-After}: the client holds back its next requests
             * (this call's retry among them) for {@code duration}.
             */
            RETRY_AFTER,
            /**
             * A 429 or 503 without {@code Retry-After} carried {@code X-RateLimit-Delay}: the retry of this call
             * waits that long.
             */
            RATE_LIMIT_DELAY,
            /**
             * This attempt waited {@code duration} before it was sent, because an earlier response asked to slow
             * down.
             */
            PACED
        }
    }

    /**
     * The call ends with an exception, thrown to the caller next: no usable answer in time, a write whose outcome
     * is unknown, an interrupt, a refused redirect, or an error status (after its {@link Response} event).
     *
     * @param callId    the call's number
     * @param correlationId the call's correlation id, the same on every attempt
     * @param method    the HTTP method
     * @param uri       the request URL, redacted
     * @param attempt   the last attempt, from 1
     * @param exception what the caller gets, its messages scrubbed of the request's secrets
     * @param duration  from the start of the call (first attempt, waits included) to its end
     */
    record Failure(long callId, String correlationId,
            String method, URI uri, int attempt, AdoException exception, Duration duration)
            implements RequestEvent {

        /**
         * Checks the values are present.
         *
         * @param callId    the call's number
         * @param correlationId the call's correlation id, the same on every attempt
         * @param method    the HTTP method
         * @param uri       the request URL, redacted
         * @param attempt   the attempt
         * @param exception the exception
         * @param duration  the duration
         * @throws NullPointerException if a value other than a number is {@code null}
         */
        public Failure {
            Objects.requireNonNull(correlationId, "correlationId == null");
            Objects.requireNonNull(method, "method == null");
            Objects.requireNonNull(uri, "uri == null");
            Objects.requireNonNull(exception, "exception == null");
            Objects.requireNonNull(duration, "duration == null");
        }
    }
}
