package ado.core.error;

import ado.core.internal.http.Correlation;
import java.util.Optional;

/**
 * The root of every exception ado4j throws at run time. Unchecked: catch it where you can act on it.
 *
 * <p>The subtypes say what went wrong:
 * <ul>
 *   <li>{@link AdoHttpException}: Azure DevOps answered with an error status (its sealed subtypes name the status);
 *   <li>{@link AdoTransportException}: no usable answer arrived (connection refused or reset, timeout, interrupt);
 *   <li>{@link AdoJsonException}: a JSON document was malformed or did not fit the expected type; its subtype
 *       {@link AdoUnexpectedContentException}: a success answer was not JSON at all where JSON was expected;
 *   <li>{@link AdoConfigurationException}: the client was set up in a way that cannot work.
 * </ul>
 * Invalid arguments to constructors and factories are reported with the JDK's {@link IllegalArgumentException}
 * and {@link NullPointerException}, whose messages name the field; a credential refused where it enters (blank, a
 * control character) is an {@link AdoAuthenticationException} with status 0, whose message never contains it.
 *
 * <p>No message ever contains a credential.
 *
 * <p>An exception raised by a call carries that call's correlation id ({@link #correlationId()}, also at the end of
 * the message as {@code [correlation id ...]}): the id sent in the client's correlation header, the same on every
 * attempt of the call (see {@code ApiRequest.correlationId(String)}).
 *
 * <p>Thread-safety: every field of the family is final and holds immutable values, but for the correlation id,
 * which is set once before the exception is thrown; an exception can therefore be handed between threads.
 * {@link Throwable} itself still lets anyone change its stack trace and suppressed exceptions.
 */
public abstract sealed class AdoException extends RuntimeException
        permits AdoHttpException, AdoTransportException, AdoJsonException, AdoConfigurationException {

    private static final long serialVersionUID = 1L;

    static {
        Correlation.register(new Correlation.Tags() {
            @Override
            public void tag(AdoException e, String id) {
                if (e.correlationId == null) {
                    e.correlationId = id;
                }
            }

            @Override
            public String untagged(AdoException e) {
                return e.untaggedMessage();
            }
        });
    }

    /** The correlation id of the call that raised this exception, set once; {@code null} when not raised by one. */
    private volatile String correlationId;

    AdoException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * {@return the correlation id of the call that raised this exception} Empty for exceptions not raised by a call
     * (bad input, exceptions made by the application).
     */
    public Optional<String> correlationId() {
        return Optional.ofNullable(correlationId);
    }

    /** {@return the message, ending with {@code [correlation id ...]} when the exception has one} */
    @Override
    public String getMessage() {
        String id = correlationId;
        String message = super.getMessage();
        return id == null ? message : (message == null ? "" : message + ' ') + "[correlation id " + id + ']';
    }

    private String untaggedMessage() {
        return super.getMessage();
    }
}
