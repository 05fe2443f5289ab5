/** Credential internals (not exported): the refreshing token cache and the header accessor. */
package ado.core.internal.auth;
