/**
 * Pipelines (the Pipelines API, {@code {project}/_apis/pipelines}): pipelines, runs with template parameters,
 * variables, stages to skip and repository refs, YAML preview, approvals, check configurations and the pipeline
 * permissions of protected resources. A run is a build: its id is the build id of {@code ado.model.build}.
 * Components are {@code null} when absent unless their Javadoc says otherwise.
 *
 * <p>A failed call throws an {@link ado.core.error.AdoException}: an {@link ado.core.error.AdoHttpException}
 * subtype for an error status (such as {@link ado.core.error.AdoNotFoundException} for 404), an
 * {@link ado.core.error.AdoTransportException} when the network fails, an {@link ado.core.error.AdoJsonException}
 * when a body does not bind. A {@code null} required argument throws {@link NullPointerException}, and a blank name
 * or id that goes into the URL path {@link IllegalArgumentException}, before anything is sent.
 */
package ado.model.pipelines;
