package ado.core.spi;

/**
 * Observes the requests of one client, for metrics or tracing: registered with
 * {@link ado.core.AdoClient.Builder#listener(RequestListener)} (several allowed, called in that order). Every method
 * does nothing by default; override the ones you need.
 *
 * <p>For each call the client fires, in order: for every attempt a {@link RequestEvent.Start} and then either a
 * {@link RequestEvent.Response} or nothing (no answer arrived); {@link RequestEvent.Throttle} when a response asks
 * to slow down or an attempt waited because of an earlier one; {@link RequestEvent.Retry} before each wait for
 * another attempt; and, when the call ends with an exception, one {@link RequestEvent.Failure}. All events of a call
 * share its {@link RequestEvent#callId()}.
 *
 * <p>Methods are called on the thread that makes the call, synchronously: keep them short and non-blocking. They
 * must be thread-safe, as calls run on many threads. An exception a listener throws does not affect the call: it is
 * caught, logged once per listener at {@code WARNING} to {@code ado.core.http} (later ones at {@code DEBUG}), and the
 * other listeners are still called. Events never carry secrets.
 *
 * <pre>{@code
 * LongAdder retries = new LongAdder();
 * AdoClient client = AdoClient.builder()
 *         .organization("fabrikam")
 *         .listener(new RequestListener() {
 *             @Override
 *             public void onRetry(RequestEvent.Retry retry) {
 *                 retries.increment();
 *             }
 *         })
 *         .build();
 * }</pre>
 */
public interface RequestListener {

    /**
     * An attempt is about to be sent.
     *
     * @param event the call, URL and attempt
     */
    default void onStart(RequestEvent.Start event) {
    }

    /**
     * An attempt received a response.
     *
     * @param event the status and how long the attempt took
     */
    default void onResponse(RequestEvent.Response event) {
    }

    /**
     * The call will be sent again after a delay.
     *
     * @param event the failed attempt, its cause and the delay
     */
    default void onRetry(RequestEvent.Retry event) {
    }

    /**
     * Azure DevOps asked to slow down, or the call was held back because it did.
     *
     * @param event the wait and its reason
     */
    default void onThrottle(RequestEvent.Throttle event) {
    }

    /**
     * The call ends with an exception.
     *
     * @param event the exception the caller gets
     */
    default void onFailure(RequestEvent.Failure event) {
    }
}
