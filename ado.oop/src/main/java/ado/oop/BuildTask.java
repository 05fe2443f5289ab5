package ado.oop;

import ado.model.build.TaskResult;
import ado.model.build.TimelineRecord;
import ado.model.build.TimelineRecordState;
import java.util.Objects;
import java.util.Optional;

/**
 * A task (step) of a build's job, as its timeline showed it when read.
 *
 * @param build  the build
 * @param record its timeline record
 */
public record BuildTask(Build build, TimelineRecord record) {

    /** Checks the members. */
    public BuildTask {
        Objects.requireNonNull(build, "build == null");
        Objects.requireNonNull(record, "record == null");
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

    /** {@return the task's log text, or empty when it has no log; one request} */
    public String log() {
        return record.log() == null || record.log().id() == null ? "" : build.logText(record.log().id());
    }
}
