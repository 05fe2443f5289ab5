/**
 * Client configuration (not exported): organisation URLs and their derived hosts, environment variables, and
 * service-provider lookup.
 */
package ado.core.internal.config;
