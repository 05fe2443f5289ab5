/** Credentials for Azure DevOps: PATs, bearer tokens and refreshed Entra tokens. */
package ado.core.auth;
