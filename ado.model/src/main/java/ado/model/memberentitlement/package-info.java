/**
 * User entitlements (licences, extensions, project access) on the member entitlement host
 * ({@code client.vsaex()}, {@code https://vsaex.dev.azure.com/{org}}). Everything is non-null unless its Javadoc says
 * otherwise.
 *
 * <p>A failed call throws an {@link ado.core.error.AdoException}: an {@link ado.core.error.AdoHttpException}
 * subtype for an error status (such as {@link ado.core.error.AdoNotFoundException} for 404), an
 * {@link ado.core.error.AdoTransportException} when the network fails, an {@link ado.core.error.AdoJsonException}
 * when a body does not bind. A {@code null} required argument throws {@link NullPointerException}, and a blank name
 * or id that goes into the URL path {@link IllegalArgumentException}, before anything is sent.
 */
package ado.model.memberentitlement;
