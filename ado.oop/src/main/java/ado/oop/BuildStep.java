package ado.oop;

import ado.model.build.TaskResult;
import ado.model.build.TimelineRecord;
import ado.model.build.TimelineRecordState;
import java.util.Optional;

/**
 * A node of a build's timeline tree (stage, job or task) with what every node shows: name, state, result, attempt
 * and log, read from its timeline record, and the build it belongs to.
 *
 * <p><b>Thread safety.</b> Its implementations are immutable, safe to share between threads.
 */
public sealed interface BuildStep permits BuildStage, BuildJob, BuildTask {

    /** {@return the timeline record, as read} */
    TimelineRecord record();

    /** {@return the build this step belongs to} */
    Build build();

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

    /** {@return the id of the step's log, or empty when its record names none (ADO gives stages none)} */
    default Optional<Integer> logId() {
        return record().log() == null ? Optional.empty() : Optional.ofNullable(record().log().id());
    }

    /**
     * {@return the text of the step's log, or empty text when it has none; the log is streamed, one request}
     * A job's log holds everything its tasks wrote; see {@link Build#log(int)}.
     */
    default String log() {
        return logId().map(id -> build().log(id)).orElse("");
    }
}
