package ado.core.error;

/**
 * HTTP 401, or a 203 / HTML sign-in page that Azure DevOps sends instead of 401: the credentials are
 * missing, wrong or expired. Check the PAT or token and its organisation.
 */
public final class AdoAuthenticationException extends AdoHttpException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception; prefer {@link AdoHttpException#of(HttpFailure)}. */
    public AdoAuthenticationException(HttpFailure failure) {
        super(failure);
    }
}
