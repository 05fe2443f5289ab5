package ado.emulator.internal.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How the dispatcher authenticates and paces: the organisation name, the accepted PAT and bearer tokens, whether
 * bad credentials get a 203 sign-in page instead of a 401, a latency added to every request, and the simulated
 * rate limiting ({@code null}: none).
 */
public record Settings(String organization, String pat, Set<String> bearerTokens, boolean signInPageOnBadAuth,
                       Duration latency, Throttle throttle) {

    /** Settings without rate limiting. */
    public Settings(String organization, String pat, Set<String> bearerTokens, boolean signInPageOnBadAuth,
                    Duration latency) {
        this(organization, pat, bearerTokens, signInPageOnBadAuth, latency, null);
    }

    /** Checks the fields. */
    public Settings {
        Objects.requireNonNull(organization, "organization == null");
        Objects.requireNonNull(pat, "pat == null");
        bearerTokens = Set.copyOf(bearerTokens);
        Objects.requireNonNull(latency, "latency == null");
    }

    @Override
    public String toString() {
        return "Settings[organization=" + organization + ", signInPageOnBadAuth=" + signInPageOnBadAuth
                + ", latency=" + latency + ", throttled=" + (throttle != null) + "]";
    }
}
