/**
 * Distributed task: the pipelines library and resources (variable groups, secure files, task groups,
 * environments, agent pools, agents and queues, deployment groups) and the task plane
 * ({@code {project}/_apis/distributedtask/hubs/{hub}/plans/{planId}}) that agentless tasks and external checks use
 * to report back: live feed lines, task logs, timeline record updates and the {@code TaskCompleted} event;
 * {@link ado.model.distributedtask.TaskContext} reads the ids Azure Pipelines passes in {@code SYSTEM_*} variables.
 * Components are {@code null} when absent unless their Javadoc says otherwise.
 *
 * <p>A failed call throws an {@link ado.core.error.AdoException}: an {@link ado.core.error.AdoHttpException}
 * subtype for an error status (such as {@link ado.core.error.AdoNotFoundException} for 404), an
 * {@link ado.core.error.AdoTransportException} when the network fails, an {@link ado.core.error.AdoJsonException}
 * when a body does not bind. A {@code null} required argument throws {@link NullPointerException}, and a blank name
 * or id that goes into the URL path {@link IllegalArgumentException}, before anything is sent.
 */
package ado.model.distributedtask;
