/**
 * HTTP plumbing behind {@code AdoClient} (not exported): the retry loop and pacing gate, redirects that keep
 * credentials on their origin, gzip, rate-limit headers, URL rules and escaping, and the one error mapper.
 */
package ado.core.internal.http;
