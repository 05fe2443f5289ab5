/**
 * Credentials for Azure DevOps: PATs, bearer tokens and refreshed Entra tokens, with built-in Entra token flows
 * ({@link ado.core.auth.EntraTokens}) and a chain of them ({@link ado.core.auth.ChainedTokenProvider}).
 */
package ado.core.auth;
