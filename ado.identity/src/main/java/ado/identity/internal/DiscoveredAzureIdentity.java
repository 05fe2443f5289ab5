package ado.identity.internal;

import ado.core.auth.AccessToken;
import ado.core.spi.AccessTokenProvider;
import ado.identity.AzureIdentityTokenProvider;

/**
 * What {@link java.util.ServiceLoader} finds: {@code DefaultAzureCredential}, built lazily on the first fetch.
 * ado.core uses it only when no PAT, job token or explicit credentials are configured.
 */
public final class DiscoveredAzureIdentity implements AccessTokenProvider {

    private final AzureIdentityTokenProvider delegate = new AzureIdentityTokenProvider();

    /** Creates the provider; builds nothing yet. */
    public DiscoveredAzureIdentity() {
    }

    @Override
    public AccessToken fetchToken() {
        return delegate.fetchToken();
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public String toString() {
        return "DiscoveredAzureIdentity[" + delegate + "]";
    }
}
