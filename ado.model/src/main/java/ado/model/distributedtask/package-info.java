/**
 * Distributed task: the pipelines library and resources (variable groups, secure files, task groups,
 * environments, agent pools, agents and queues) and the task plane
 * ({@code {project}/_apis/distributedtask/hubs/{hub}/plans/{planId}}) that agentless tasks and external checks use
 * to report back. Components are {@code null} when absent unless their Javadoc says otherwise.
 */
package ado.model.distributedtask;
