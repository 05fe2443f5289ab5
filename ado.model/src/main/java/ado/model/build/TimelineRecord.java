package ado.model.build;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.core.json.JsonValue;
import ado.model.internal.Copies;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One record of a timeline: a Stage, Phase, Job, Task or Checkpoint, linked to its parent by {@code parentId}.
 * The Build API and the task plane share this shape.
 *
 * @param id               the record id
 * @param parentId         the parent record, or {@code null} for a stage
 * @param type             the type: Stage, Phase, Job, Task, Checkpoint, Checkpoint.Approval, ...
 * @param name             the display name
 * @param startTime        when it started
 * @param finishTime       when it finished
 * @param currentOperation what it is doing
 * @param percentComplete  how far it is
 * @param state            pending, in progress or completed
 * @param result           the result, once completed
 * @param resultCode       a result code
 * @param changeId         the timeline change that last touched it
 * @param lastModified     when it last changed
 * @param workerName       the agent that runs it
 * @param order            its order among its siblings
 * @param refName          its reference name
 * @param log              its log
 * @param details          a nested timeline, or null
 * @param errorCount       errors so far
 * @param warningCount     warnings so far
 * @param url              the REST URL
 * @param location         the task plane's URL of the record
 * @param task             the task it runs ({@code id}, {@code name}, {@code version})
 * @param attempt          the attempt number, from 1
 * @param identifier       the identifier
 * @param previousAttempts earlier attempts; empty when absent
 * @param issues           errors and warnings; empty when absent
 * @param other            members ado4j does not model; never {@code null}
 */
public record TimelineRecord(UUID id, UUID parentId, String type, String name, Instant startTime, Instant finishTime,
                             String currentOperation, Integer percentComplete, TimelineRecordState state,
                             TaskResult result, String resultCode, Long changeId, Instant lastModified,
                             String workerName, Integer order, String refName, LogReference log, JsonValue details,
                             Integer errorCount, Integer warningCount, String url, String location, JsonObject task,
                             Integer attempt, String identifier, List<Attempt> previousAttempts,
                             List<JsonObject> issues, @JsonUnmapped JsonObject other) {

    /**
     * An earlier attempt of a record.
     *
     * @param attempt    its number, from 1
     * @param timelineId the timeline that holds it
     * @param recordId   its record in that timeline
     */
    public record Attempt(int attempt, UUID timelineId, UUID recordId) {
    }

    /**
     * Checks the id and copies the lists.
     *
     * @param id               the record id
     * @param parentId         the parent record, or {@code null} for a stage
     * @param type             the type: Stage, Phase, Job, Task, Checkpoint, Checkpoint.Approval, ...
     * @param name             the display name
     * @param startTime        when it started
     * @param finishTime       when it finished
     * @param currentOperation what it is doing
     * @param percentComplete  how far it is
     * @param state            pending, in progress or completed
     * @param result           the result, once completed
     * @param resultCode       a result code
     * @param changeId         the timeline change that last touched it
     * @param lastModified     when it last changed
     * @param workerName       the agent that runs it
     * @param order            its order among its siblings
     * @param refName          its reference name
     * @param log              its log
     * @param details          a nested timeline, or null
     * @param errorCount       errors so far
     * @param warningCount     warnings so far
     * @param url              the REST URL
     * @param location         the task plane's URL of the record
     * @param task             the task it runs ({@code id}, {@code name}, {@code version})
     * @param attempt          the attempt number, from 1
     * @param identifier       the identifier
     * @param previousAttempts earlier attempts; empty when absent
     * @param issues           errors and warnings; empty when absent
     * @param other            members ado4j does not model; never {@code null}
     * @throws NullPointerException if {@code id} is null
     */
    public TimelineRecord {
        Objects.requireNonNull(id, "id == null");
        previousAttempts = Copies.list(previousAttempts, "previousAttempts");
        issues = Copies.list(issues, "issues");
        other = other == null ? JsonObject.EMPTY : other;
    }

    /** {@return whether the record is completed} */
    public boolean isCompleted() {
        return state == TimelineRecordState.COMPLETED;
    }

    /**
     * {@return an update of record {@code id} that changes nothing yet; add changes with the {@code with} methods}
     *
     * @param id the record id
     * @throws NullPointerException if {@code id} is null
     */
    public static TimelineRecord update(UUID id) {
        return new TimelineRecord(id, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * {@return this update with a new state and result (null result: unchanged)}
     *
     * @param state  the new state, or {@code null} for unchanged
     * @param result the result, or {@code null} for unchanged
     */
    public TimelineRecord withState(TimelineRecordState state, TaskResult result) {
        return new TimelineRecord(id, parentId, type, name, startTime, finishTime, currentOperation, percentComplete,
                state, result, resultCode, changeId, lastModified, workerName, order, refName, log, details,
                errorCount, warningCount, url, location, task, attempt, identifier, previousAttempts, issues, other);
    }

    /**
     * {@return this update with a new percentage and current operation}
     *
     * @param percentComplete  how far it is, 0 to 100
     * @param currentOperation what it is doing, or {@code null} for unchanged
     * @throws IllegalArgumentException if {@code percentComplete} is not 0 to 100
     */
    public TimelineRecord withProgress(int percentComplete, String currentOperation) {
        if (percentComplete < 0 || percentComplete > 100) {
            throw new IllegalArgumentException("percentComplete must be 0..100: " + percentComplete);
        }
        return new TimelineRecord(id, parentId, type, name, startTime, finishTime, currentOperation, percentComplete,
                state, result, resultCode, changeId, lastModified, workerName, order, refName, log, details,
                errorCount, warningCount, url, location, task, attempt, identifier, previousAttempts, issues, other);
    }

    /**
     * {@return this update with a new display name}
     *
     * @param name the new display name, or {@code null} for unchanged
     */
    public TimelineRecord withName(String name) {
        return new TimelineRecord(id, parentId, type, name, startTime, finishTime, currentOperation, percentComplete,
                state, result, resultCode, changeId, lastModified, workerName, order, refName, log, details,
                errorCount, warningCount, url, location, task, attempt, identifier, previousAttempts, issues, other);
    }

    /**
     * {@return this update attaching log {@code logId}}
     *
     * @param logId the log id, as the task plane's log creation returned it
     */
    public TimelineRecord withLog(int logId) {
        return new TimelineRecord(id, parentId, type, name, startTime, finishTime, currentOperation, percentComplete,
                state, result, resultCode, changeId, lastModified, workerName, order, refName, LogReference.of(logId),
                details, errorCount, warningCount, url, location, task, attempt, identifier, previousAttempts, issues,
                other);
    }
}
