/** Profiles on the global profile host. Everything is non-null unless its Javadoc says otherwise. */
package ado.model.profile;
