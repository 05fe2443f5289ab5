/** The service provider that {@link java.util.ServiceLoader} instantiates (not exported). */
package ado.identity.internal;
