/** The Jackson Databind codec for ado4j. */
package ado.json;
