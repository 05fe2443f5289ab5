/**
 * Code, work item and wiki search on the search host ({@code client.search()}, optionally with
 * {@code .project(name)}). Everything is non-null unless its Javadoc says otherwise.
 */
package ado.model.search;
