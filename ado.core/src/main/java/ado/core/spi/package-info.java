/**
 * Service interfaces that optional modules implement and {@link java.util.ServiceLoader} finds:
 * {@link ado.core.spi.JsonCodecProvider} (implemented by {@code ado.json}) and
 * {@link ado.core.spi.AccessTokenProvider} (implemented by {@code ado.identity}). A setting on
 * {@link ado.core.AdoClient.Builder} always wins over a discovered provider.
 */
package ado.core.spi;
