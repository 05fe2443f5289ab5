/**
 * Identities ({@code _apis/identities}) on the identity host: the ids that pull request reviewers and work item
 * assignments use, found by descriptor, id, name or e-mail. Everything is non-null unless its Javadoc says otherwise.
 */
package ado.model.identity;
