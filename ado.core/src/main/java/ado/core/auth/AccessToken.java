package ado.core.auth;

import ado.core.error.AdoAuthenticationException;
import ado.core.internal.auth.CredentialChecks;
import java.time.Instant;
import java.util.Objects;

/**
 * A bearer token and the instant it expires. Immutable. {@link #toString()} never shows the token.
 *
 * @param token     the token text sent as {@code Authorization: Bearer <token>}, without surrounding whitespace
 * @param expiresAt when the token stops working
 */
public record AccessToken(String token, Instant expiresAt) {

    /**
     * Checks that both parts are present and strips whitespace around the token (a token file read with its
     * newline).
     *
     * @param token the token text
     * @param expiresAt when the token stops working
     * @throws AdoAuthenticationException if the token is blank or contains anything but visible ASCII (a control
     *                                    character, a space); the message never contains the token
     */
    public AccessToken {
        Objects.requireNonNull(expiresAt, "expiresAt == null");
        token = CredentialChecks.headerToken(token, "token");
    }

    /** {@return the expiry, with the token redacted} */
    @Override
    public String toString() {
        return "AccessToken[token=***, expiresAt=" + expiresAt + "]";
    }
}
