package ado.core.error;

/**
 * No usable HTTP answer arrived: the connection was refused or reset, a timeout expired, TLS failed, the body was
 * cut short, or the calling thread was interrupted (the interrupt flag is restored before this is thrown).
 *
 * <p>Idempotent requests are retried by the client's {@code RetryPolicy} before this surfaces; when it does, the
 * message says how many attempts were made. {@link #cause()} is the last {@link java.io.IOException} or
 * {@link InterruptedException}.
 *
 * <p>When a request that is not safe to repeat (POST, or a PUT, PATCH or DELETE without a way to check its effect)
 * failed after its bytes may have reached the server, the subtype {@link AdoOutcomeUnknownException} says so: the
 * write may or may not have been applied. When paging would go round in a circle, the subtype
 * {@link AdoPagingCycleException} says so. A message about a timeout names the deadline that passed (the client's
 * {@code requestTimeout} or {@code RetryPolicy.maxTotalTime}, or the request's own {@code ApiRequest.timeout}).
 */
public sealed class AdoTransportException extends AdoException
        permits AdoOutcomeUnknownException, AdoPagingCycleException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; {@code message} must not contain credentials.
     *
     * @param message what failed, after how many attempts; never a secret
     * @param cause the I/O or interrupt exception behind this one, or {@code null}
     */
    public AdoTransportException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@return the I/O or interrupt exception behind this one, or {@code null}} */
    public Throwable cause() {
        return getCause();
    }
}
