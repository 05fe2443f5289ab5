/**
 * User entitlements (licences, extensions, project access) on the member entitlement host
 * ({@code client.vsaex()}, {@code https://vsaex.dev.azure.com/{org}}). Everything is non-null unless its Javadoc says
 * otherwise.
 */
package ado.model.memberentitlement;
