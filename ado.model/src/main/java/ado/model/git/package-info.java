/** Git: pull requests, commits and repositories. Everything is non-null unless its Javadoc says otherwise. */
package ado.model.git;
