package ado.core.spi;

import ado.core.auth.AccessToken;

/**
 * Fetches Microsoft Entra access tokens for Azure DevOps (resource {@code 499b84ac-1321-427f-aa17-267ca6975798}).
 * ado.core caches the token and calls {@link #fetchToken()} again shortly before it expires, once for all threads.
 *
 * <p>Found with {@link java.util.ServiceLoader} (implemented by {@code ado.identity}) and used only when neither the
 * builder nor the environment supplies a PAT or token. Implementations need a public no-argument constructor and
 * must be thread-safe.
 */
public interface AccessTokenProvider {

    /**
     * {@return a fresh token}
     *
     * @throws ado.core.error.AdoException if no token can be had; the message names the flow and the cause, never a
     *                                     secret
     */
    AccessToken fetchToken();

    /** {@return a short name of the flow for messages and logs, such as {@code azure-identity}} */
    default String name() {
        return getClass().getSimpleName();
    }
}
