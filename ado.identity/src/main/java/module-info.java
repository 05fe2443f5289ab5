/**
 * The Azure Identity bridge: turns any {@code com.azure.core.credential.TokenCredential} (by default
 * {@code DefaultAzureCredential}) into an ado4j {@link ado.core.spi.AccessTokenProvider}, for the flows the
 * built-in ones in {@code ado.core.auth.EntraTokens} do not cover: certificates, device code, interactive
 * browser, brokers and persistent token caches.
 *
 * <p>On the class path or module path it is found by {@link java.util.ServiceLoader} and used when no PAT, job
 * token or explicit credentials are configured. Azure Identity brings automatic modules, so this module cannot go
 * inside a jlink image without patching them; ship its jars next to the image instead (see docs/identity.md).
 */
module ado.identity {
    requires transitive ado.core;       // the AccessTokenProvider SPI it implements
    requires transitive com.azure.core; // TokenCredential appears in AzureIdentityTokenProvider.of
    requires com.azure.identity;        // DefaultAzureCredential, the default

    exports ado.identity;

    provides ado.core.spi.AccessTokenProvider with ado.identity.internal.DiscoveredAzureIdentity;
}
