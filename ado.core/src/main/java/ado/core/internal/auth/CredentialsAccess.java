package ado.core.internal.auth;

import ado.core.auth.Credentials;
import java.util.Optional;
import java.util.function.Function;

/**
 * Lets the transport read the {@code Authorization} value of {@link Credentials} without a public accessor that
 * would hand secrets to any caller. {@code Credentials} registers itself when its class initialises, which happens
 * before any instance exists.
 */
public final class CredentialsAccess {

    private static volatile Function<Credentials, Optional<String>> authorization;

    private CredentialsAccess() {
    }

    /** Called once by {@link Credentials}. */
    public static void register(Function<Credentials, Optional<String>> accessor) {
        if (authorization != null) {
            throw new IllegalStateException("already registered");
        }
        authorization = accessor;
    }

    /** {@return the {@code Authorization} header value for {@code credentials}, empty for anonymous} */
    public static Optional<String> authorization(Credentials credentials) {
        return authorization.apply(credentials);
    }
}
