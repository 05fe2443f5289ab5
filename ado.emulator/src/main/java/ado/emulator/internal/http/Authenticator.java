package ado.emulator.internal.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/** Accepts Basic auth with the PAT as password (any user name) and Bearer with a known token. */
final class Authenticator {

    private final Settings settings;

    Authenticator(Settings settings) {
        this.settings = settings;
    }

    boolean accepts(String authorization) {
        if (authorization == null) {
            return false;
        }
        String value = authorization.strip();
        int space = value.indexOf(' ');
        if (space < 0) {
            return false;
        }
        String scheme = value.substring(0, space);
        String credential = value.substring(space + 1).strip();
        if (scheme.equalsIgnoreCase("Basic")) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(credential), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                return false;
            }
            int colon = decoded.indexOf(':');
            return colon >= 0 && same(decoded.substring(colon + 1), settings.pat());
        }
        if (scheme.equalsIgnoreCase("Bearer")) {
            return settings.bearerTokens().stream().anyMatch(t -> same(credential, t));
        }
        return false;
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
