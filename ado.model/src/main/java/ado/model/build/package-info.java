/**
 * Builds and build definitions (the Build API, {@code {project}/_apis/build}): queue, get, list with filters and
 * continuation tokens, cancel, retry, keep forever, delete, tags, the timeline, logs, artifacts, changes and work
 * items, definitions with revisions and properties. Components are {@code null} when absent unless their Javadoc
 * says otherwise; members ado4j does not model are kept in each record's {@code other} object.
 */
package ado.model.build;
