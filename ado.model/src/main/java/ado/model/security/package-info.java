/**
 * Security namespaces and their access control lists. Everything is non-null unless its Javadoc says otherwise.
 */
package ado.model.security;
