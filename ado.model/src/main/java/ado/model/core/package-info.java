/**
 * Core: projects, teams and the connection data of the caller. Everything is non-null unless its Javadoc says
 * otherwise; optional wire fields are {@code null} when the server left them out. Besides the exceptions an
 * endpoint method names, a call may throw any other {@link ado.core.error.AdoException}.
 */
package ado.model.core;
