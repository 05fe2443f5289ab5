/** Azure Identity credentials as ado4j token providers: {@link ado.identity.AzureIdentityTokenProvider}. */
package ado.identity;
