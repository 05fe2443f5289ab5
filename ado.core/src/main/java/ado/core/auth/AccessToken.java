package ado.core.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * A bearer token and the instant it expires. {@link #toString()} never shows the token.
 *
 * @param token     the token text sent as {@code Authorization: Bearer <token>}
 * @param expiresAt when the token stops working
 */
public record AccessToken(String token, Instant expiresAt) {

    /** Checks that both parts are present and the token is not blank. */
    public AccessToken {
        Objects.requireNonNull(token, "token == null");
        Objects.requireNonNull(expiresAt, "expiresAt == null");
        if (token.isBlank()) {
            throw new IllegalArgumentException("token is blank");
        }
    }

    /** {@return the expiry, with the token redacted} */
    @Override
    public String toString() {
        return "AccessToken[token=***, expiresAt=" + expiresAt + "]";
    }
}
