/**
 * The ado4j core: transport, authentication, retries, pagination, errors and JSON for the Azure DevOps REST API.
 *
 * <p>Depends on nothing but {@code java.base} and {@code java.net.http}. Optional modules plug in through the
 * service interfaces in {@code ado.core.spi}: {@code ado.json} (a Jackson codec) and {@code ado.identity} (an
 * Azure Identity token bridge).
 */
module ado.core {
    requires transitive java.net.http; // the transport; HttpClient appears in AdoClient's builder

    exports ado.core;
    exports ado.core.auth;
    exports ado.core.error;
    exports ado.core.json;
    exports ado.core.spi;

    uses ado.core.spi.JsonCodecProvider;
    uses ado.core.spi.AccessTokenProvider;
}
