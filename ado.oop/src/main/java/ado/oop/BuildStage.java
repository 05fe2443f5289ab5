package ado.oop;

import ado.model.build.TimelineRecord;
import java.util.List;
import java.util.Objects;

/**
 * A stage of a build and its jobs, as the timeline showed them when read ({@link Build#stages()}).
 *
 * @param record the stage's timeline record
 * @param jobs   its jobs, in order
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe.
 */
public record BuildStage(TimelineRecord record, List<BuildJob> jobs) implements BuildStep {

    /**
     * Copies the jobs.
     *
     * @param record the stage's timeline record
     * @param jobs the jobs, in order
     */
    public BuildStage {
        Objects.requireNonNull(record, "record == null");
        jobs = List.copyOf(jobs);
    }

    @Override
    public String toString() {
        return Describe.step("BuildStage", this, " jobs=" + jobs.size());
    }
}
