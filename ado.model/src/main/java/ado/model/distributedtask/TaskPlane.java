package ado.model.distributedtask;

import ado.core.ApiCall;
import ado.core.Body;
import ado.core.Envelope;
import ado.core.json.JsonObject;
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
     * @param scope the plan ({@link PlanScope}, or {@link TaskContext#plan()} in a pipeline)
     * @throws ado.core.error.AdoNotFoundException if the plan or hub does not exist
     */
    public static TaskPlan plan(PlanScope scope) {
        return scope.call().get(API_VERSION).as(TaskPlan.class);
    }

    /**
     * {@return timeline {@code timelineId} of the plan, with its records}
     *
     * @param scope      the plan ({@link PlanScope}, or {@link TaskContext#plan()} in a pipeline)
     * @param timelineId the timeline id (a build's is its plan id)
     * @throws NullPointerException if {@code timelineId} is null
     */
    public static Timeline timeline(PlanScope scope, UUID timelineId) {
        return timelineScope(scope, timelineId).query("includeRecords", true).get(API_VERSION).as(Timeline.class);
    }

    /**
     * {@return the records of timeline {@code timelineId}}
     *
     * @param scope      the plan ({@link PlanScope}, or {@link TaskContext#plan()} in a pipeline)
     * @param timelineId the timeline id (a build's is its plan id)
     * @throws NullPointerException if {@code timelineId} is null
     */
    public static List<TimelineRecord> records(PlanScope scope, UUID timelineId) {
        return timelineScope(scope, timelineId).path("records").get(API_VERSION).asList(TimelineRecord.class);
    }

    /**
     * {@return the records after the updates} Each update names a record by id and carries the members to change
     * (see {@link TimelineRecord#update}).
     *
     * @param scope      the plan ({@link PlanScope}, or {@link TaskContext#plan()} in a pipeline)
     * @param timelineId the timeline id (a build's is its plan id)
     * @param updates    the record updates; {@code null} for none
     * @throws NullPointerException if {@code timelineId} or one of {@code updates} is null
     */
    public static List<TimelineRecord> updateRecords(PlanScope scope, UUID timelineId, List<TimelineRecord> updates) {
        List<TimelineRecord> list = Copies.list(updates, "updates");
        return timelineScope(scope, timelineId).path("records").patch(API_VERSION)
                .body(Body.json(new Envelope<>(list.size(), list))).asList(TimelineRecord.class);
    }

    /**
     * Appends {@code lines} to the live feed of record {@code recordId} (usually the job).
     *
     * @param scope      the plan ({@link PlanScope}, or {@link TaskContext#plan()} in a pipeline)
     * @param timelineId the timeline id (a build's is its plan id)
     * @param recordId   the record whose feed to append to, usually the job's ({@code SYSTEM_JOBID})
     * @param lines      the lines to append; {@code null} for none
     * @throws NullPointerException if {@code timelineId}, {@code recordId} or one of {@code lines} is null
     */
    public static void appendFeed(PlanScope scope, UUID timelineId, UUID recordId, List<String> lines) {
        timelineScope(scope, timelineId).path("records", Objects.requireNonNull(recordId, "recordId == null")
                .toString(), "feed").post(PREVIEW).body(Body.json(TimelineRecordFeedLines.of(lines))).send();
    }

    /**
     * {@return a new log named {@code path}; attach it to a record with {@link TimelineRecord#withLog(int)}}
     *
     * @param scope the plan ({@link PlanScope}, or {@link TaskContext#plan()} in a pipeline)
     * @param path  a path naming the log, such as {@code logs\{recordId}}
     * @throws NullPointerException     if {@code path} is null
     * @throws IllegalArgumentException if {@code path} is blank
     */
    public static TaskLog createLog(PlanScope scope, String path) {
        return scope.call().path("logs").post(PREVIEW).body(Body.json(TaskLog.named(path))).as(TaskLog.class);
    }

    /**
     * {@return the log after appending {@code text} (lines separated by {@code \n})}
     *
     * @param scope the plan ({@link PlanScope}, or {@link TaskContext#plan()} in a pipeline)
     * @param logId the log id, as {@link #createLog} returned it, positive
     * @param text  the text to append, UTF-8 on the wire
     * @throws NullPointerException     if {@code text} is null
     * @throws IllegalArgumentException if {@code logId} is not positive
     */
    public static TaskLog appendLog(PlanScope scope, int logId, String text) {
        Objects.requireNonNull(text, "text == null");
        return scope.call().path("logs", Integer.toString(Copies.positive(logId, "logId"))).post(PREVIEW)
                .body(Body.octetStream(text.getBytes(StandardCharsets.UTF_8))).as(TaskLog.class);
    }

    /**
     * {@return the plan's logs}
     *
     * @param scope the plan ({@link PlanScope}, or {@link TaskContext#plan()} in a pipeline)
     */
    public static List<TaskLog> logs(PlanScope scope) {
        return scope.call().path("logs").get(PREVIEW).asList(TaskLog.class);
    }

    /**
     * {@return the lines of log {@code logId}}
     *
     * @param scope the plan ({@link PlanScope}, or {@link TaskContext#plan()} in a pipeline)
     * @param logId the log id, positive
     * @throws IllegalArgumentException if {@code logId} is not positive
     */
    public static List<String> logLines(PlanScope scope, int logId) {
        return scope.call().path("logs", Integer.toString(Copies.positive(logId, "logId"))).get(PREVIEW)
                .as(JsonType.<Envelope<String>>of(Envelope.class, String.class)).value();
    }

    /**
     * Raises {@code TaskCompleted}: the task {@code taskId} of job {@code jobId} ends with {@code result} and the
     * plan moves on.
     *
     * @param scope  the plan ({@link PlanScope}, or {@link TaskContext#plan()} in a pipeline)
     * @param jobId  the job's timeline record id ({@code SYSTEM_JOBID})
     * @param taskId the task's timeline record id ({@code SYSTEM_TASKINSTANCEID})
     * @param result the task's result
     * @throws ado.core.error.AdoBadRequestException if no such task is waiting
     * @throws NullPointerException                  if {@code jobId}, {@code taskId} or {@code result} is null
     * @throws IllegalArgumentException              if {@code result} is {@code UNKNOWN}
     */
    public static void taskCompleted(PlanScope scope, UUID jobId, UUID taskId, TaskResult result) {
        scope.call().path("events").post(PREVIEW).body(Body.json(TaskCompletedEvent.of(taskId, jobId, result)))
                .send();
    }

    /**
     * Raises the plan event {@code event}, any {@code JobEvent} of the spec ({@code TaskStarted},
     * {@code TaskAssigned}, {@code JobStarted}, {@code JobCompleted}, ...), sent as given; {@link #taskCompleted}
     * is the checked form of {@code TaskCompleted}.
     *
     * @param scope the plan ({@link PlanScope}, or {@link TaskContext#plan()} in a pipeline)
     * @param event the event: at least a string {@code name} and the {@code jobId}, then its own members (such as
     *              {@code taskId} and {@code result})
     * @throws ado.core.error.AdoBadRequestException if the service refuses the event
     * @throws ado.core.error.AdoNotFoundException   if the plan has no such job or task
     * @throws NullPointerException                  if {@code event} is null
     * @throws IllegalArgumentException              if {@code event} has no string {@code name} or {@code jobId}
     */
    public static void raise(PlanScope scope, JsonObject event) {
        Objects.requireNonNull(event, "event == null");
        for (String member : new String[] {"name", "jobId"}) {
            if (event.string(member).filter(v -> !v.isBlank()).isEmpty()) {
                throw new IllegalArgumentException("event needs a string " + member + ": " + event.get(member));
            }
        }
        scope.call().path("events").post(PREVIEW).body(Body.json(event)).send();
    }
}
