/**
 * The Azure Identity bridge: turns any {@code TokenCredential} into an ado4j access-token provider. Not written
 * yet (identity issue); the module exists so the graph is in place.
 */
module ado.identity {
    requires ado.core; // the AccessTokenProvider SPI it will implement

}
