package ado.core.error;

/**
 * HTTP 404: the organisation, project or resource does not exist, or the caller may not see it.
 */
public final class AdoNotFoundException extends AdoHttpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; prefer {@link AdoHttpException#of(HttpFailure)}.
     *
     * @param failure the failed exchange
     */
    public AdoNotFoundException(HttpFailure failure) {
        super(failure);
    }
}
