package ado.oop;

import ado.model.build.TimelineRecord;
import java.util.List;
import java.util.Objects;

/**
 * A job of a build's stage and its tasks, as the timeline showed them when read.
 *
 * @param record the job's timeline record
 * @param tasks  its tasks, in order
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe.
 */
public record BuildJob(TimelineRecord record, List<BuildTask> tasks) implements BuildStep {

    /**
     * Copies the tasks.
     *
     * @param record the job's timeline record
     * @param tasks the tasks, in order
     */
    public BuildJob {
        Objects.requireNonNull(record, "record == null");
        tasks = List.copyOf(tasks);
    }

    @Override
    public String toString() {
        return Describe.step("BuildJob", this, " tasks=" + tasks.size());
    }
}
