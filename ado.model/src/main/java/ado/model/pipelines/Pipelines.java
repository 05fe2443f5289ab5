package ado.model.pipelines;

import ado.core.ApiCall;
import ado.core.Body;
import ado.core.Paging;
import ado.core.json.JsonObject;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Pipelines and their runs ({@code {project}/_apis/pipelines}). */
public final class Pipelines {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";

    private Pipelines() {
    }

    private static ApiCall scope(ApiCall project, int pipelineId) {
        return project.apis("pipelines", Integer.toString(Copies.positive(pipelineId, "pipelineId")));
    }

    /**
     * {@return the project's pipelines, fetched lazily (continuation token header)}
     *
     * @param project the project scope ({@code client.api().project(name)})
     */
    public static Stream<Pipeline> list(ApiCall project) {
        return project.apis("pipelines").get(API_VERSION).stream(Paging.continuationHeader(Pipeline.class));
    }

    /**
     * {@return the project's pipelines in the order {@code orderBy} asks, fetched lazily (continuation token
     * header)}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param orderBy a sort expression such as {@code "name desc"} (the service's default is {@code "name asc"})
     * @throws ado.core.error.AdoBadRequestException if the service does not understand {@code orderBy}
     * @throws NullPointerException                  if {@code orderBy} is null
     * @throws IllegalArgumentException              if {@code orderBy} is blank
     */
    public static Stream<Pipeline> list(ApiCall project, String orderBy) {
        Checks.nonBlank(orderBy, "orderBy");
        return project.apis("pipelines").query("orderBy", orderBy).get(API_VERSION)
                .stream(Paging.continuationHeader(Pipeline.class));
    }

    /**
     * {@return pipeline {@code pipelineId}}
     *
     * @param project    the project scope ({@code client.api().project(name)})
     * @param pipelineId the pipeline id, positive
     * @throws ado.core.error.AdoNotFoundException if there is none
     * @throws IllegalArgumentException            if {@code pipelineId} is not positive
     */
    public static Pipeline get(ApiCall project, int pipelineId) {
        return scope(project, pipelineId).get(API_VERSION).as(Pipeline.class);
    }

    /**
     * {@return pipeline {@code pipelineId} as it was at version (revision) {@code pipelineVersion}}
     *
     * @param project         the project scope ({@code client.api().project(name)})
     * @param pipelineId      the pipeline id, positive
     * @param pipelineVersion the pipeline version, positive (see {@link Pipeline#revision()})
     * @throws ado.core.error.AdoNotFoundException if there is no such pipeline or version
     * @throws IllegalArgumentException            if {@code pipelineId} or {@code pipelineVersion} is not positive
     */
    public static Pipeline get(ApiCall project, int pipelineId, int pipelineVersion) {
        return scope(project, pipelineId).query("pipelineVersion", Copies.positive(pipelineVersion,
                "pipelineVersion")).get(API_VERSION).as(Pipeline.class);
    }

    /**
     * {@return the new run}
     *
     * @param project    the project scope ({@code client.api().project(name)})
     * @param pipelineId the pipeline id, positive
     * @param parameters the run's template parameters, variables, stages to skip and resources
     * @throws ado.core.error.AdoBadRequestException if a template parameter, stage or branch is invalid
     * @throws IllegalArgumentException              if {@code parameters} asks for a preview (use {@link #preview})
     * @throws NullPointerException                  if {@code parameters} is null
     */
    public static PipelineRun run(ApiCall project, int pipelineId, RunPipelineParameters parameters) {
        Objects.requireNonNull(parameters, "parameters == null");
        if (Boolean.TRUE.equals(parameters.previewRun())) {
            throw new IllegalArgumentException("previewRun is set: use Pipelines.preview");
        }
        return scope(project, pipelineId).path("runs").post(API_VERSION).body(Body.json(parameters))
                .as(PipelineRun.class);
    }

    /**
     * {@return the final YAML the pipeline would run with {@code parameters} (nothing runs)}
     *
     * @param project    the project scope ({@code client.api().project(name)})
     * @param pipelineId the pipeline id, positive
     * @param parameters the run's parameters; sent with {@code previewRun} set
     * @throws ado.core.error.AdoBadRequestException if a template parameter, stage or branch is invalid
     * @throws NullPointerException                  if {@code parameters} is null
     * @throws IllegalArgumentException              if {@code pipelineId} is not positive
     */
    public static String preview(ApiCall project, int pipelineId, RunPipelineParameters parameters) {
        Objects.requireNonNull(parameters, "parameters == null");
        RunPipelineParameters p = Boolean.TRUE.equals(parameters.previewRun()) ? parameters
                : new RunPipelineParameters(parameters.templateParameters(), parameters.variables(),
                parameters.stagesToSkip(), parameters.resources(), true, parameters.yamlOverride());
        JsonObject result = scope(project, pipelineId).path("runs").post(API_VERSION).body(Body.json(p))
                .as(JsonObject.class);
        return result.string("finalYaml").orElse("");
    }

    /**
     * {@return the pipeline's runs, newest first (one request; the API has no paging)}
     *
     * @param project    the project scope ({@code client.api().project(name)})
     * @param pipelineId the pipeline id, positive
     * @throws IllegalArgumentException if {@code pipelineId} is not positive
     */
    public static List<PipelineRun> runs(ApiCall project, int pipelineId) {
        return scope(project, pipelineId).path("runs").get(API_VERSION).asList(PipelineRun.class);
    }

    /**
     * {@return run {@code runId} of the pipeline}
     *
     * @param project    the project scope ({@code client.api().project(name)})
     * @param pipelineId the pipeline id, positive
     * @param runId      the run id (its build id), positive
     * @throws ado.core.error.AdoNotFoundException if there is none
     * @throws IllegalArgumentException            if {@code pipelineId} or {@code runId} is not positive
     */
    public static PipelineRun run(ApiCall project, int pipelineId, int runId) {
        return scope(project, pipelineId).path("runs", Integer.toString(Copies.positive(runId, "runId")))
                .get(API_VERSION).as(PipelineRun.class);
    }
}
