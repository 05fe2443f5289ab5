/** Wikis and wiki pages, with page versions from the {@code ETag} header ({@link ado.model.wiki.WikiPages}). */
package ado.model.wiki;
