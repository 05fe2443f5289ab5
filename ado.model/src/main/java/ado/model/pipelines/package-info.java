/**
 * Pipelines (the Pipelines API, {@code {project}/_apis/pipelines}): pipelines, runs, approvals, check
 * configurations and the pipeline permissions of protected resources. Components are {@code null} when absent
 * unless their Javadoc says otherwise.
 */
package ado.model.pipelines;
