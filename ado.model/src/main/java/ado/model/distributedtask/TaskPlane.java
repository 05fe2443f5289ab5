package ado.model.distributedtask;

import ado.core.ApiCall;
import ado.core.Body;
import ado.core.Envelope;
import ado.core.json.JsonType;
import ado.model.build.TaskResult;
import ado.model.build.Timeline;
import ado.model.build.TimelineRecord;
import ado.model.internal.Copies;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The task plane of a plan: what an agentless task or an external check calls to report progress and finish.
 * {@code scope} names the plan ({@link PlanScope}, or {@link TaskContext#plan()} inside a pipeline).
 */
public final class TaskPlane {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";
    /** The api-version of the preview operations (feed, logs, events). */
    public static final String PREVIEW = "7.1-preview.1";

    private TaskPlane() {
    }

    private static ApiCall timelineScope(PlanScope scope, UUID timelineId) {
        return scope.call().path("timelines", Objects.requireNonNull(timelineId, "timelineId == null").toString());
    }

    /**
     * {@return the plan}
     *
     * @throws ado.core.error.AdoNotFoundException if the plan or hub does not exist
     */
    public static TaskPlan plan(PlanScope scope) {
        return scope.call().get(API_VERSION).as(TaskPlan.class);
    }

    /** {@return timeline {@code timelineId} of the plan, with its records} */
    public static Timeline timeline(PlanScope scope, UUID timelineId) {
        return timelineScope(scope, timelineId).query("includeRecords", true).get(API_VERSION).as(Timeline.class);
    }

    /** {@return the records of timeline {@code timelineId}} */
    public static List<TimelineRecord> records(PlanScope scope, UUID timelineId) {
        return timelineScope(scope, timelineId).path("records").get(API_VERSION).asList(TimelineRecord.class);
    }

    /**
     * {@return the records after the updates} Each update names a record by id and carries the members to change
     * (see {@link TimelineRecord#update}).
     */
    public static List<TimelineRecord> updateRecords(PlanScope scope, UUID timelineId, List<TimelineRecord> updates) {
        List<TimelineRecord> list = Copies.list(updates, "updates");
        return timelineScope(scope, timelineId).path("records").patch(API_VERSION)
                .body(Body.json(new Envelope<>(list.size(), list))).asList(TimelineRecord.class);
    }

    /** Appends {@code lines} to the live feed of record {@code recordId} (usually the job). */
    public static void appendFeed(PlanScope scope, UUID timelineId, UUID recordId, List<String> lines) {
        timelineScope(scope, timelineId).path("records", Objects.requireNonNull(recordId, "recordId == null")
                .toString(), "feed").post(PREVIEW).body(Body.json(TimelineRecordFeedLines.of(lines))).send();
    }

    /** {@return a new log named {@code path}; attach it to a record with {@link TimelineRecord#withLog(int)}} */
    public static TaskLog createLog(PlanScope scope, String path) {
        return scope.call().path("logs").post(PREVIEW).body(Body.json(TaskLog.named(path))).as(TaskLog.class);
    }

    /** {@return the log after appending {@code text} (lines separated by {@code \n})} */
    public static TaskLog appendLog(PlanScope scope, int logId, String text) {
        Objects.requireNonNull(text, "text == null");
        return scope.call().path("logs", Integer.toString(Copies.positive(logId, "logId"))).post(PREVIEW)
                .body(Body.octetStream(text.getBytes(StandardCharsets.UTF_8))).as(TaskLog.class);
    }

    /** {@return the plan's logs} */
    public static List<TaskLog> logs(PlanScope scope) {
        return scope.call().path("logs").get(PREVIEW).asList(TaskLog.class);
    }

    /** {@return the lines of log {@code logId}} */
    public static List<String> logLines(PlanScope scope, int logId) {
        return scope.call().path("logs", Integer.toString(Copies.positive(logId, "logId"))).get(PREVIEW)
                .as(JsonType.<Envelope<String>>of(Envelope.class, String.class)).value();
    }

    /**
     * Raises {@code TaskCompleted}: the task {@code taskId} of job {@code jobId} ends with {@code result} and the
     * plan moves on.
     *
     * @throws ado.core.error.AdoBadRequestException if no such task is waiting
     */
    public static void taskCompleted(PlanScope scope, UUID jobId, UUID taskId, TaskResult result) {
        scope.call().path("events").post(PREVIEW).body(Body.json(TaskCompletedEvent.of(taskId, jobId, result)))
                .send();
    }
}
