/** Service endpoints (service connections). Everything is non-null unless its Javadoc says otherwise. */
package ado.model.serviceendpoint;
