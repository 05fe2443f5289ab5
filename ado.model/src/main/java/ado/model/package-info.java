/**
 * The typed REST surface, one package per area ({@code ado.model.git}, {@code ado.model.wit}, ...). The areas are
 * added by the domain issues; this package holds what they share.
 */
package ado.model;
