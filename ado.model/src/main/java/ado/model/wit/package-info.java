/**
 * Work item tracking: work items, their relations and fields. Everything is non-null unless its Javadoc says
 * otherwise. Besides the exceptions an endpoint method names, a call may throw any other
 * {@link ado.core.error.AdoException}; methods that return a lazy {@link java.util.stream.Stream} throw from the
 * stream when a page fails.
 */
package ado.model.wit;
