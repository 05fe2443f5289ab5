package ado.oop;

import ado.model.build.TaskResult;
import ado.model.build.TimelineRecord;
import ado.model.build.TimelineRecordState;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A job of a build's stage and its tasks, as the timeline showed them when read.
 *
 * @param record the job's timeline record
 * @param tasks  its tasks, in order
 */
public record BuildJob(TimelineRecord record, List<BuildTask> tasks) {

    /** Copies the tasks. */
    public BuildJob {
        Objects.requireNonNull(record, "record == null");
        tasks = List.copyOf(tasks);
    }

    /** {@return the name} */
    public String name() {
        return record.name();
    }

    /** {@return the state} */
    public TimelineRecordState state() {
        return record.state();
    }

    /** {@return the result, once completed} */
    public Optional<TaskResult> result() {
        return Optional.ofNullable(record.result());
    }
}
