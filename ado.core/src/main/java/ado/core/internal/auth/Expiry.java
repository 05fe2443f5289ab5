package ado.core.internal.auth;

import ado.core.json.JsonCodec;
import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/** Reads expiry times the way the token endpoints write them: seconds as numbers or strings, and JWT claims. */
public final class Expiry {

    private Expiry() {
    }

    /** {@return {@code value} as whole seconds: a JSON integer or a string of digits} */
    public static Optional<Long> seconds(JsonValue value) {
        if (value instanceof JsonNumber n && n.isLong()) {
            return Optional.of(n.longValue());
        }
        if (value instanceof JsonString s && s.value().strip().matches("\\d{1,18}")) {
            return Optional.of(Long.parseLong(s.value().strip()));
        }
        return Optional.empty();
    }

    /**
     * {@return the {@code exp} claim of a JWT (such as a federated token or an Entra access token), if
     * {@code token} is one}; the signature is not checked, the token is only inspected
     */
    public static Optional<Instant> jwtExpiry(String token, JsonCodec codec) {
        String[] parts = token.strip().split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
            if (codec.read(payload, JsonValue.class) instanceof JsonObject claims) {
                return seconds(claims.get("exp")).map(Instant::ofEpochSecond);
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty(); // not a JWT: nothing to inspect
        }
    }
}
