package ado.core.error;

/**
 * The client cannot be built or used as configured: no organisation, no credentials where they are needed,
 * two service providers of equal priority, a codec that cannot be found. Fix the configuration; retrying will
 * not help.
 */
public final class AdoConfigurationException extends AdoException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that says what to configure. */
    public AdoConfigurationException(String message) {
        super(message, null);
    }

    /** Creates the exception with a message and the underlying cause. */
    public AdoConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
