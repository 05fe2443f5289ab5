package ado.oop;

import ado.model.pipelines.PipelineRun;
import ado.model.pipelines.Pipelines;
import ado.model.pipelines.RunResult;
import ado.model.pipelines.RunState;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A run of a pipeline. It is a build with the same id: {@link #build()} gives its stages, logs and artifacts.
 *
 * <p><b>Thread safety.</b> Thread-safe: one object per run per service, shared by every thread that reaches it. Its
 * record loads once even when threads ask together; {@code refresh()} and changes replace it whole, so a reader sees
 * the old record or the new one, never a mix.
 */
public final class Run {

    private final Pipeline pipeline;
    private final Resource<Integer, PipelineRun> self;

    Run(Pipeline pipeline, int id) {
        this.pipeline = pipeline;
        this.self = new Resource<>(id, k -> Pipelines.run(pipeline.project().api(), pipeline.id(), k));
    }

    void offer(PipelineRun value) {
        self.set(value);
    }

    /** {@return the pipeline} */
    public Pipeline pipeline() {
        return pipeline;
    }

    /** {@return the run id (the build id)} */
    public int id() {
        return self.key();
    }

    /** {@return the run, loaded on first use} */
    public PipelineRun info() {
        return self.get();
    }

    /** {@return this run after loading it again} */
    public Run refresh() {
        return self.refresh(this);
    }

    /** {@return the state as last loaded} */
    public RunState state() {
        return info().state();
    }

    /** {@return the result, once completed (as last loaded)} */
    public Optional<RunResult> result() {
        return Optional.ofNullable(info().result());
    }

    /** {@return the build of this run (same id)} */
    public Build build() {
        return pipeline.project().build(id());
    }

    /** {@return the stages of the run's build} */
    public List<BuildStage> stages() {
        return build().stages();
    }

    /** {@return this run after asking its build to cancel}; see {@link Build#cancel()} */
    public Run cancel() {
        build().cancel();
        return refresh();
    }

    /** {@return this run after re-running its failed stages}; see {@link Build#retry()} */
    public Run retry() {
        build().retry();
        return refresh();
    }

    /**
     * {@return the run's approvals that are {@code status} (null: all)}
     *
     * @param status the status to list, or {@code null} for all
     */
    public List<Approval> approvals(ado.model.pipelines.ApprovalStatus status) {
        return build().approvals(status);
    }

    /**
     * {@return {@code true} if the run completed within {@code timeout}, {@code false} if the time ran out} Waits as
     * {@link Build#waitForCompletion(Duration, Duration, Consumer)} does, then reloads the run.
     *
     * @param timeout      how long to wait, at least one poll is made
     * @param pollInterval the time between polls, positive
     * @param listener     told the progress after each poll, on the calling thread
     * @throws IllegalArgumentException             if {@code timeout} is negative or {@code pollInterval} not
     *                                              positive
     * @throws ado.core.error.AdoTransportException if the calling thread is interrupted (its interrupt flag is set
     *                                              again)
     */
    public boolean waitForCompletion(Duration timeout, Duration pollInterval, Consumer<BuildProgress> listener) {
        boolean done = build().waitForCompletion(timeout, pollInterval, listener);
        refresh();
        return done;
    }

    @Override
    public String toString() {
        if (!self.loaded()) {
            return "Run[" + id() + " of pipeline " + pipeline.id() + "]";
        }
        PipelineRun r = info();
        return "Run[" + id() + " of pipeline " + pipeline.id() + Describe.field("state", r.state())
                + Describe.field("result", r.result()) + "]";
    }
}
