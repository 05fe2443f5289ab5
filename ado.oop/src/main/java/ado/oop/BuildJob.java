package ado.oop;

import ado.model.build.TimelineRecord;
import java.util.List;

/**
 * A job of a build's stage and its tasks, as the timeline showed them when read.
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe.
 */
public final class BuildJob implements BuildStep {

    private final BuildStage stage;
    private final TimelineRecord record;
    private final List<BuildTask> tasks;

    BuildJob(BuildStage stage, TimelineRecord record, List<TimelineRecord> all) {
        this.stage = stage;
        this.record = record;
        this.tasks = BuildStage.children(all, record.id(), "Task").stream().map(r -> new BuildTask(this, r)).toList();
    }

    @Override
    public TimelineRecord record() {
        return record;
    }

    /** {@return the stage it belongs to; no request} */
    public BuildStage stage() {
        return stage;
    }

    /** {@return the build; no request} */
    @Override
    public Build build() {
        return stage.build();
    }

    /** {@return its tasks, in order} */
    public List<BuildTask> tasks() {
        return tasks;
    }

    @Override
    public String toString() {
        return Describe.step("BuildJob", this, " tasks=" + tasks.size());
    }
}
