package ado.core.error;

/**
 * HTTP 412: an {@code If-Match} version (such as a wiki page's ETag) no longer matches; someone else
 * changed the resource. Re-read and try again.
 */
public final class AdoPreconditionFailedException extends AdoHttpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; prefer {@link AdoHttpException#of(HttpFailure)}.
     *
     * @param failure the failed exchange
     */
    public AdoPreconditionFailedException(HttpFailure failure) {
        super(failure);
    }
}
