/**
 * Types shared by every Azure DevOps area: identities, links, JSON Patch. Everything is non-null unless its
 * Javadoc says otherwise; optional wire fields are {@code null} when the server left them out, and collections
 * are empty, never {@code null}.
 */
package ado.model;
