package ado.oop;

import ado.model.build.TimelineRecord;

/**
 * A task (step) of a build's job, as its timeline showed it when read.
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe.
 */
public final class BuildTask implements BuildStep {

    private final BuildJob job;
    private final TimelineRecord record;

    BuildTask(BuildJob job, TimelineRecord record) {
        this.job = job;
        this.record = record;
    }

    @Override
    public TimelineRecord record() {
        return record;
    }

    /** {@return the job it belongs to; no request} */
    public BuildJob job() {
        return job;
    }

    /** {@return the build; no request} */
    @Override
    public Build build() {
        return job.build();
    }

    @Override
    public String toString() {
        return Describe.step("BuildTask", this, " of build " + build().id());
    }
}
