/**
 * Distributed task (pipelines library and resources): variable groups, secure files, task groups, environments,
 * agent pools, agents and queues. Everything is non-null unless its Javadoc says otherwise.
 */
package ado.model.distributedtask;
