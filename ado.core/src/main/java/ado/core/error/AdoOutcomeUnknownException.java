package ado.core.error;

/**
 * A request that is not safe to repeat failed after it may have reached the server, so whether it was applied is
 * unknown: the connection was reset or timed out after the request was sent, closed before any answer arrived
 * (which is also how a kept-alive connection that the server closed as the request went out looks), or the answer
 * was cut off.
 *
 * <p>The client does not send such a request again by itself. Before retrying, find out whether the first attempt
 * landed (read the resource back); the object layer does this itself where it can, for example
 * {@code Repository.commit} looks for its commit on the branch before it reports a failure.
 *
 * <pre>{@code
 * try {
 *     Pushes.create(client.api().project("Fabrikam").repository("web"), push);
 * } catch (AdoOutcomeUnknownException e) {
 *     // read the branch: is my commit there?
 * }
 * }</pre>
 */
public final class AdoOutcomeUnknownException extends AdoTransportException {

    private static final long serialVersionUID = 1L;

    /** The HTTP method of the request whose outcome is unknown. */
    private final String method;

    /**
     * Creates the exception; {@code message} must not contain credentials.
     *
     * @param method the HTTP method of the request, such as {@code POST}
     * @param message what failed, after how many attempts
     * @param cause the I/O or interrupt exception behind this one, or {@code null}
     */
    public AdoOutcomeUnknownException(String method, String message, Throwable cause) {
        super(message, cause);
        this.method = method;
    }

    /** {@return the HTTP method of the request whose outcome is unknown} */
    public String method() {
        return method;
    }
}
