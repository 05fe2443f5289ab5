/**
 * Work item tracking: work items, their relations and fields. Everything is non-null unless its Javadoc says
 * otherwise.
 */
package ado.model.wit;
