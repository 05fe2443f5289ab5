package ado.core.error;

/**
 * HTTP 409: the change conflicts with the current state, for example a push whose {@code oldObjectId} is
 * stale or a name that is taken. Re-read and try again.
 */
public final class AdoConflictException extends AdoHttpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; prefer {@link AdoHttpException#of(HttpFailure)}.
     *
     * @param failure the failed exchange
     */
    public AdoConflictException(HttpFailure failure) {
        super(failure);
    }
}
