package ado.emulator.internal.build;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One record of a run's timeline (Stage, Phase, Job, Task, Checkpoint, Checkpoint.Approval), mutated by the engine
 * and the task plane under the store's lock.
 */
public final class TimelineRecord {

    /** A record's earlier attempt: its attempt number and the record that kept it. */
    public record PreviousAttempt(int attempt, UUID timelineId, UUID recordId) {
    }

    final UUID id;
    final UUID parentId;
    final String type;
    final String identifier;
    final int order;
    final PipelineSpec.Task task;
    String name;
    String state = "pending";
    String result;
    String resultCode;
    String currentOperation;
    Integer percentComplete;
    Instant startTime;
    Instant finishTime;
    Integer logId;
    int attempt = 1;
    long changeId;
    Instant lastModified;
    int errorCount;
    int warningCount;
    String workerName;
    final List<PreviousAttempt> previousAttempts = new ArrayList<>();
    final List<String> feed = new ArrayList<>();

    TimelineRecord(UUID parentId, String type, String name, String identifier, int order, PipelineSpec.Task task) {
        this.id = UUID.randomUUID();
        this.parentId = parentId;
        this.type = type;
        this.name = name;
        this.identifier = identifier;
        this.order = order;
        this.task = task;
    }

    /** {@return the record id} */
    public UUID id() {
        return id;
    }

    /** {@return the parent record id, or null for a stage} */
    public UUID parentId() {
        return parentId;
    }

    /** {@return the type: Stage, Phase, Job, Task, Checkpoint or Checkpoint.Approval} */
    public String type() {
        return type;
    }

    /** {@return the display name} */
    public String name() {
        return name;
    }

    /** {@return the identifier (refName)} */
    public String identifier() {
        return identifier;
    }

    /** {@return the order among siblings} */
    public int order() {
        return order;
    }

    /** {@return pending, inProgress or completed} */
    public String state() {
        return state;
    }

    /** {@return the result, or null before completion} */
    public String result() {
        return result;
    }

    /** {@return the result code, or null} */
    public String resultCode() {
        return resultCode;
    }

    /** {@return the current operation, or null} */
    public String currentOperation() {
        return currentOperation;
    }

    /** {@return the percentage done, or null} */
    public Integer percentComplete() {
        return percentComplete;
    }

    /** {@return when it started, or null} */
    public Instant startTime() {
        return startTime;
    }

    /** {@return when it finished, or null} */
    public Instant finishTime() {
        return finishTime;
    }

    /** {@return its log id, or null} */
    public Integer logId() {
        return logId;
    }

    /** {@return the attempt number, from 1} */
    public int attempt() {
        return attempt;
    }

    /** {@return the timeline change id of its last change} */
    public long changeId() {
        return changeId;
    }

    /** {@return when it last changed, or null} */
    public Instant lastModified() {
        return lastModified;
    }

    /** {@return the error count} */
    public int errorCount() {
        return errorCount;
    }

    /** {@return the warning count} */
    public int warningCount() {
        return warningCount;
    }

    /** {@return the task spec of a Task record, or null} */
    public PipelineSpec.Task task() {
        return task;
    }

    /** {@return earlier attempts} */
    public List<PreviousAttempt> previousAttempts() {
        return List.copyOf(previousAttempts);
    }

    /** {@return the lines appended to this record's live feed} */
    public List<String> feed() {
        return List.copyOf(feed);
    }

    boolean completed() {
        return state.equals("completed");
    }

    void start(Instant when) {
        state = "inProgress";
        startTime = when;
        percentComplete = 0;
    }

    void complete(Instant when, String result) {
        if (startTime == null) {
            startTime = when;
        }
        state = "completed";
        finishTime = when;
        this.result = result;
        percentComplete = 100;
        currentOperation = null;
        if (result.equals("failed")) {
            errorCount = Math.max(errorCount, 1);
        }
    }

    void reset(UUID timelineId) {
        previousAttempts.add(new PreviousAttempt(attempt, timelineId, id));
        attempt++;
        state = "pending";
        result = null;
        resultCode = null;
        startTime = null;
        finishTime = null;
        percentComplete = null;
        currentOperation = null;
        logId = null;
        errorCount = 0;
        warningCount = 0;
    }
}
