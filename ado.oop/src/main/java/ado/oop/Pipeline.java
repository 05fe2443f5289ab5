package ado.oop;

import ado.model.pipelines.PipelineRun;
import ado.model.pipelines.Pipelines;
import ado.model.pipelines.RunPipelineParameters;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A pipeline (a build definition) of a project. One object per pipeline per service.
 *
 * <p><b>Thread safety.</b> Thread-safe: one object per pipeline per service; its details load once even when threads
 * ask together, and {@link #refresh()} replaces them whole, never mixed.
 */
public final class Pipeline {

    private final Project project;
    private final Resource<Integer, ado.model.pipelines.Pipeline> self;

    Pipeline(Project project, int id) {
        this.project = project;
        this.self = new Resource<>(id, k -> Pipelines.get(project.api(), k));
    }

    /** {@return the project} */
    public Project project() {
        return project;
    }

    /** {@return the pipeline id (the definition id)} */
    public int id() {
        return self.key();
    }

    /** {@return the pipeline, loaded on first use} */
    public ado.model.pipelines.Pipeline info() {
        return self.get();
    }

    /** {@return the name} */
    public String name() {
        return info().name();
    }

    /**
     * {@return this pipeline after loading it again; one request}
     *
     * @throws ado.core.error.AdoNotFoundException if the pipeline no longer exists
     */
    public Pipeline refresh() {
        return self.refresh(this);
    }

    /**
     * {@return a new run of the default branch with {@code templateParameters}}
     *
     * @param templateParameters the template parameters by name
     * @throws ado.core.error.AdoBadRequestException if a parameter is unknown or has a value it does not allow
     */
    public Run startRun(Map<String, String> templateParameters) {
        return startRun(RunPipelineParameters.builder().templateParameters(templateParameters).build());
    }

    /**
     * {@return a new run with {@code parameters} (variables, stages to skip, branch...)}
     *
     * @param parameters the run parameters
     */
    public Run startRun(RunPipelineParameters parameters) {
        Objects.requireNonNull(parameters, "parameters == null");
        return run(Pipelines.run(project.api(), id(), parameters));
    }

    /**
     * {@return the final YAML a run with {@code templateParameters} would use; nothing runs}
     *
     * @param templateParameters the template parameters by name
     */
    public String preview(Map<String, String> templateParameters) {
        return Pipelines.preview(project.api(), id(), RunPipelineParameters.builder()
                .templateParameters(templateParameters).build());
    }

    /** {@return the runs, newest first; one request} */
    public List<Run> runs() {
        return Pipelines.runs(project.api(), id()).stream().map(this::run).toList();
    }

    /**
     * {@return run {@code runId}; no request}
     *
     * @param runId the run id
     */
    public Run run(int runId) {
        return project.identities().byId(Run.class, "run", project, runId, () -> new Run(this, runId));
    }

    private Run run(PipelineRun value) {
        Run r = run(value.id());
        r.offer(value);
        return r;
    }

    @Override
    public String toString() {
        return "Pipeline[" + id() + self.ifLoaded(p -> " " + Describe.quote(p.name())) + " in "
                + project.label() + "]";
    }
}
