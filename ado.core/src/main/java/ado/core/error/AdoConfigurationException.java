package ado.core.error;

/**
 * The client cannot be built or used as configured: no organisation, no credentials where they are needed,
 * two service providers of equal priority, a codec that cannot be found. Fix the configuration; retrying will
 * not help.
 */
public final class AdoConfigurationException extends AdoException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with a message that says what to configure.
     *
     * @param message what is wrong and what to configure; never a secret
     */
    public AdoConfigurationException(String message) {
        super(message, null);
    }

    /**
     * Creates the exception with a message and the underlying cause.
     *
     * @param message what is wrong and what to configure; never a secret
     * @param cause the underlying exception
     */
    public AdoConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
