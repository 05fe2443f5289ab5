package ado.oop;

import ado.model.build.TimelineRecord;
import java.util.Objects;

/**
 * A task (step) of a build's job, as its timeline showed it when read.
 *
 * @param build  the build
 * @param record its timeline record
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe.
 */
public record BuildTask(Build build, TimelineRecord record) implements BuildStep {

    /**
     * Checks the members.
     *
     * @param build the build
     * @param record its timeline record
     */
    public BuildTask {
        Objects.requireNonNull(build, "build == null");
        Objects.requireNonNull(record, "record == null");
    }

    /** {@return the task's log text, or empty when it has no log; one request} */
    public String log() {
        return record.log() == null || record.log().id() == null ? "" : build.logText(record.log().id());
    }

    @Override
    public String toString() {
        return Describe.step("BuildTask", this, " of build " + build.id());
    }
}
