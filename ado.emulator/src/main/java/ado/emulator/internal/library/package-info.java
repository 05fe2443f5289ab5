/**
 * The pipelines library and resources of the emulator: variable groups (stored with their secret values, never
 * returned), service endpoints, environments and their deployment records, secure files, task groups, agent pools,
 * agents and queues, and pipeline permissions. Stores keep raw JSON documents, so members a client sends that the
 * emulator does not know are stored and returned, as Azure DevOps does.
 */
package ado.emulator.internal.library;
