/**
 * The object layer. Everything is non-null unless its Javadoc says otherwise; absent values are
 * {@link java.util.Optional}.
 */
package ado.oop;
