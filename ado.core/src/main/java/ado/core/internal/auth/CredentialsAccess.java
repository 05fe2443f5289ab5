package ado.core.internal.auth;

import ado.core.auth.Credentials;
import java.util.List;
import java.util.Optional;

/**
 * Lets the transport read the {@code Authorization} value of {@link Credentials}, and report a rejected one,
 * without public accessors that would hand secrets to any caller. {@code Credentials} registers itself when its
 * class initialises, which happens before any instance exists.
 */
public final class CredentialsAccess {

    /** What {@link Credentials} exposes to the transport. */
    public interface Accessor {

        /** {@return the {@code Authorization} header value, empty for anonymous} */
        Optional<String> authorization(Credentials credentials);

        /** {@return whether a retry can send a fresh value after the server rejected {@code rejected} with 401} */
        boolean reauthorize(Credentials credentials, String rejected);

        /** {@return the secret values in use now (a PAT and its Basic encoding, the current token), to redact} */
        List<String> secrets(Credentials credentials);
    }

    private static volatile Accessor accessor;

    private CredentialsAccess() {
    }

    /** Called once by {@link Credentials}. */
    public static void register(Accessor access) {
        if (accessor != null) {
            throw new IllegalStateException("already registered");
        }
        accessor = access;
    }

    /** {@return the {@code Authorization} header value for {@code credentials}, empty for anonymous} */
    public static Optional<String> authorization(Credentials credentials) {
        return accessor.authorization(credentials);
    }

    /**
     * Reports that the server answered 401 to the {@code Authorization} value {@code rejected}. Refreshed tokens
     * drop that token from their cache, so the next request fetches a new one.
     *
     * @return whether retrying the request once can help (only for refreshed tokens)
     */
    public static boolean reauthorize(Credentials credentials, String rejected) {
        return accessor.reauthorize(credentials, rejected);
    }

    /**
     * {@return the secret values {@code credentials} send now: a PAT (and its Basic encoding), a bearer token, a
     * provider's current and previous token}; text shown to anyone is scrubbed of them
     */
    public static List<String> secrets(Credentials credentials) {
        return accessor.secrets(credentials);
    }
}
