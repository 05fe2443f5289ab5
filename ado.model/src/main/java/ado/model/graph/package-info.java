/**
 * The Graph API on the identity host ({@code client.vssps()}): users, groups, memberships, descriptors and subject
 * lookup. Everything is non-null unless its Javadoc says otherwise.
 */
package ado.model.graph;
