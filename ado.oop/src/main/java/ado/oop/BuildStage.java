package ado.oop;

import ado.model.build.TaskResult;
import ado.model.build.TimelineRecord;
import ado.model.build.TimelineRecordState;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stage of a build and its jobs, as the timeline showed them when read ({@link Build#stages()}).
 *
 * @param record the stage's timeline record
 * @param jobs   its jobs, in order
 */
public record BuildStage(TimelineRecord record, List<BuildJob> jobs) {

    /** Copies the jobs. */
    public BuildStage {
        Objects.requireNonNull(record, "record == null");
        jobs = List.copyOf(jobs);
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

    /** {@return the attempt, from 1; a retry adds one} */
    public int attempt() {
        return record.attempt() == null ? 1 : record.attempt();
    }
}
