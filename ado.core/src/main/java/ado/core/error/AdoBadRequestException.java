package ado.core.error;

/**
 * HTTP 400: the request was invalid, for example a missing field, a malformed WIQL query or an unknown
 * field name. {@link #adoMessage()} says what ADO objected to.
 */
public final class AdoBadRequestException extends AdoHttpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; prefer {@link AdoHttpException#of(HttpFailure)}.
     *
     * @param failure the failed exchange
     */
    public AdoBadRequestException(HttpFailure failure) {
        super(failure);
    }
}
