/**
 * Credential internals (not exported): the refreshing token cache, the header accessor, and the built-in Entra
 * token flows behind {@link ado.core.auth.EntraTokens} (client credentials with a secret or a federated assertion,
 * managed identity, Azure CLI), with their HTTP sender and response records.
 */
package ado.core.internal.auth;
