/**
 * Pipelines (the Pipelines API, {@code {project}/_apis/pipelines}): pipelines, runs with template parameters,
 * variables, stages to skip and repository refs, YAML preview, approvals, check configurations and the pipeline
 * permissions of protected resources. A run is a build: its id is the build id of {@code ado.model.build}.
 * Components are {@code null} when absent unless their Javadoc says otherwise.
 */
package ado.model.pipelines;
