package ado.core.error;

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
 * <p>Every exception of the family is immutable as far as ado4j is concerned (final fields, records and immutable
 * values only), so it can be handed between threads; {@link Throwable} itself still lets anyone change its stack
 * trace and suppressed exceptions.
 */
public abstract sealed class AdoException extends RuntimeException
        permits AdoHttpException, AdoTransportException, AdoJsonException, AdoConfigurationException {

    private static final long serialVersionUID = 1L;

    AdoException(String message, Throwable cause) {
        super(message, cause);
    }
}
