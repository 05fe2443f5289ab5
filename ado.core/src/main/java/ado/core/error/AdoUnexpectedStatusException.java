package ado.core.error;

/**
 * An error status without a more specific type, such as 405, 410 or 413.
 */
public final class AdoUnexpectedStatusException extends AdoHttpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; prefer {@link AdoHttpException#of(HttpFailure)}.
     *
     * @param failure the failed exchange
     */
    public AdoUnexpectedStatusException(HttpFailure failure) {
        super(failure);
    }
}
