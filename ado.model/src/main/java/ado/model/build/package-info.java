/**
 * Builds and build definitions (the Build API, {@code {project}/_apis/build}): queue, get, list with filters and
 * continuation tokens, cancel, retry, keep forever, delete, tags, the timeline, logs, artifacts, changes and work
 * items, definitions with revisions and properties. Components are {@code null} when absent unless their Javadoc
 * says otherwise; members ado4j does not model are kept in each record's {@code other} object.
 *
 * <p>A failed call throws an {@link ado.core.error.AdoException}: an {@link ado.core.error.AdoHttpException}
 * subtype for an error status (such as {@link ado.core.error.AdoNotFoundException} for 404), an
 * {@link ado.core.error.AdoTransportException} when the network fails, an {@link ado.core.error.AdoJsonException}
 * when a body does not bind. A {@code null} required argument throws {@link NullPointerException}, and a blank name
 * or id that goes into the URL path {@link IllegalArgumentException}, before anything is sent.
 */
package ado.model.build;
