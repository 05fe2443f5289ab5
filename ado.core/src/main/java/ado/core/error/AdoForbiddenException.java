package ado.core.error;

/**
 * HTTP 403: the credentials are valid but lack the permission or the PAT scope this call needs.
 */
public final class AdoForbiddenException extends AdoHttpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; prefer {@link AdoHttpException#of(HttpFailure)}.
     *
     * @param failure the failed exchange
     */
    public AdoForbiddenException(HttpFailure failure) {
        super(failure);
    }
}
