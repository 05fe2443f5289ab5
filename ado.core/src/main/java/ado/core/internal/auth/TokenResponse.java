package ado.core.internal.auth;

import ado.core.auth.AccessToken;
import ado.core.error.AdoTransportException;
import ado.core.json.JsonCodec;
import ado.core.json.JsonName;
import ado.core.json.JsonValue;
import java.time.Instant;
import java.util.Optional;

/**
 * The answer of an Entra token endpoint, IMDS and the App Service identity endpoint. Entra sends
 * {@code expires_in} as a number; the managed-identity endpoints send {@code expires_in} and {@code expires_on}
 * as strings. {@link #toString()} hides the token.
 *
 * @param accessToken the token
 * @param expiresIn   seconds from now until it expires
 * @param expiresOn   when it expires, in seconds since the epoch
 */
public record TokenResponse(@JsonName("access_token") String accessToken,
                            @JsonName("expires_in") JsonValue expiresIn,
                            @JsonName("expires_on") JsonValue expiresOn) {

    /**
     * {@return the token, expiring at {@code expires_on}, else {@code expires_in} after {@code requestedAt}, else
     * at the token's own {@code exp} claim}
     *
     * @throws AdoTransportException if the answer has no token or no expiry
     */
    public AccessToken toAccessToken(String flow, String endpoint, Instant requestedAt, JsonCodec codec) {
        if (accessToken == null || accessToken.isBlank()) {
            throw new AdoTransportException(flow + ": " + endpoint + " answered without an access_token", null);
        }
        String token = CredentialChecks.headerToken(accessToken, flow + ": the access_token from " + endpoint);
        Optional<Instant> expiry = Expiry.seconds(expiresOn).map(Instant::ofEpochSecond)
                .or(() -> Expiry.seconds(expiresIn).map(requestedAt::plusSeconds))
                .or(() -> Expiry.jwtExpiry(accessToken, codec));
        return new AccessToken(token, expiry.orElseThrow(() -> new AdoTransportException(flow + ": "
                + endpoint + " answered without expires_in or expires_on", null)));
    }

    /** {@return the expiry fields, with the token hidden} */
    @Override
    public String toString() {
        return "TokenResponse[accessToken=***, expiresIn=" + expiresIn + ", expiresOn=" + expiresOn + "]";
    }
}
