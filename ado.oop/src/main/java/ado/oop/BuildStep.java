package ado.oop;

import ado.model.build.TaskResult;
import ado.model.build.TimelineRecord;
import ado.model.build.TimelineRecordState;
import java.util.Optional;

/**
 * A node of a build's timeline tree (stage, job or task) with what every node shows: name, state, result and
 * attempt, read from its timeline record.
 *
 * <p><b>Thread safety.</b> Its implementations are immutable records, safe to share between threads.
 */
public sealed interface BuildStep permits BuildStage, BuildJob, BuildTask {

    /** {@return the timeline record, as read} */
    TimelineRecord record();

    /** {@return the name} */
    default String name() {
        return record().name();
    }

    /** {@return the state} */
    default TimelineRecordState state() {
        return record().state();
    }

    /** {@return the result, once completed} */
    default Optional<TaskResult> result() {
        return Optional.ofNullable(record().result());
    }

    /** {@return the attempt, from 1; a retry adds one} */
    default int attempt() {
        return record().attempt() == null ? 1 : record().attempt();
    }
}
