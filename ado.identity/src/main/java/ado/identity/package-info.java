/** The Azure Identity bridge for ado4j (not written yet: see the identity issue). */
package ado.identity;
