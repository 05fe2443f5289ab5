/**
 * Profiles on the global profile host. Everything is non-null unless its Javadoc says otherwise. Besides the
 * exceptions an endpoint method names, a call may throw any other {@link ado.core.error.AdoException}.
 */
package ado.model.profile;
