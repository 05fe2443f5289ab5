package ado.core.error;

import ado.core.RateLimit;
import java.net.URI;
import java.util.Objects;

/**
 * HTTP 401, or a 203 / HTML sign-in page that Azure DevOps sends instead of 401: the credentials are
 * missing, wrong or expired. Check the PAT or token and its organisation.
 *
 * <p>Also thrown, without any request being sent, when ado4j refuses a credential where it enters (a PAT, a bearer
 * token, a token provider's or an Entra endpoint's answer, a client secret): blank, or containing a control
 * character (such as the newline of a token file read as is). Such an exception has {@link #status()} 0, an empty
 * {@link #method()} and {@link #uri()}; its message names the credential and the problem, never its value.
 */
public final class AdoAuthenticationException extends AdoHttpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; prefer {@link AdoHttpException#of(HttpFailure)}.
     *
     * @param failure the failed exchange
     */
    public AdoAuthenticationException(HttpFailure failure) {
        super(failure);
    }

    /**
     * Creates the exception for a credential refused before anything was sent.
     *
     * @param message what was refused and why; must not contain the credential
     */
    public AdoAuthenticationException(String message) {
        super(Objects.requireNonNull(message, "message == null"), new HttpFailure(0, "", URI.create(""), null, null,
                null, 0, null, RateLimit.NONE, false));
    }
}
