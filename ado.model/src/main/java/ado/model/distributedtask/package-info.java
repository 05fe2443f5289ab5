/**
 * Distributed task: the pipelines library and resources (variable groups, secure files, task groups,
 * environments, agent pools, agents and queues, deployment groups) and the task plane
 * ({@code {project}/_apis/distributedtask/hubs/{hub}/plans/{planId}}) that agentless tasks and external checks use
 * to report back: live feed lines, task logs, timeline record updates and the {@code TaskCompleted} event;
 * {@link ado.model.distributedtask.TaskContext} reads the ids Azure Pipelines passes in {@code SYSTEM_*} variables.
 * Components are {@code null} when absent unless their Javadoc says otherwise.
 */
package ado.model.distributedtask;
