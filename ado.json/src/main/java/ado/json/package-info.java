/**
 * {@link ado.json.JacksonCodec}: the {@link ado.core.json.JsonCodec} rules on Jackson Databind, picked by
 * {@link java.util.ServiceLoader} when this module is present. Everything is non-null unless its Javadoc says
 * otherwise.
 */
package ado.json;
