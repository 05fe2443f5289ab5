package ado.core.error;

/**
 * HTTP 5xx: Azure DevOps failed. Idempotent requests were already retried by the client's {@code RetryPolicy}
 * on 502, 503 and 504 before this surfaced.
 */
public final class AdoServerException extends AdoHttpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; prefer {@link AdoHttpException#of(HttpFailure)}.
     *
     * @param failure the failed exchange
     */
    public AdoServerException(HttpFailure failure) {
        super(failure);
    }
}
