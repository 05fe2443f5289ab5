package ado.oop;

import ado.model.build.Builds;
import ado.model.build.TaskResult;
import ado.model.build.Timeline;
import ado.model.build.TimelineRecord;
import ado.model.distributedtask.PlanScope;
import ado.model.distributedtask.TaskContext;
import ado.model.distributedtask.TaskLog;
import ado.model.distributedtask.TaskPlane;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A task of a running build seen from the system that plays it: an agentless task or an external check (an Azure
 * Function, a Lambda) that writes to the job's live feed and the task's log and then completes the task, through the
 * task plane ({@link TaskPlane}). It is bound to the ids Azure Pipelines passes to the task ({@link TaskContext}) and
 * sends through its build's service, so the caller picks the credentials (the job's access token from
 * {@link TaskContext#client()}, or any other).
 *
 * <pre>{@code
 * ado.oop.Build build = project.build(Integer.parseInt(System.getenv("BUILD_BUILDID")));
 * DistributedTaskSession session = build.distributedTaskSession(TaskContext.fromEnvironment());
 * session.message(List.of("change board: approved"));
 * session.complete(TaskResult.SUCCEEDED);
 * }</pre>
 *
 * <p><b>Thread safety.</b> Thread-safe: its task record loads once even when threads ask together, and
 * {@link #refresh()} replaces it whole. The task plane calls themselves are independent requests.
 */
public final class DistributedTaskSession {

    private final Build build;
    private final PlanScope plan;
    private final UUID timelineId;
    private final UUID jobId;
    private final Resource<UUID, TimelineRecord> self;

    DistributedTaskSession(Build build, TaskContext context) {
        this.build = Objects.requireNonNull(build, "build == null");
        Objects.requireNonNull(context, "context == null");
        this.plan = new PlanScope(build.project().organization().api(), context.projectId(), context.hub(),
                context.planId());
        this.timelineId = context.timelineId();
        this.jobId = context.jobId();
        this.self = new Resource<>(context.taskInstanceId(), this::load);
    }

    private TimelineRecord load(UUID taskId) {
        Timeline timeline = Builds.timeline(build.project().api(), build.id());
        return (timeline == null ? List.<TimelineRecord>of() : timeline.records()).stream()
                .filter(r -> taskId.equals(r.id())).findFirst()
                .orElseThrow(() -> ClientFailures.notFound(timelineUri(), "Task record " + taskId
                        + " is not in the timeline of build " + build.id() + " of project "
                        + build.project().label()));
    }

    private URI timelineUri() {
        return build.project().api().apis("build", "builds", Integer.toString(build.id()), "timeline").uri();
    }

    /** {@return the build the task runs in; no request} */
    public Build build() {
        return build;
    }

    /** {@return the build's project; no request} */
    public Project project() {
        return build.project();
    }

    /** {@return the build's organisation; no request} */
    public Organization organization() {
        return build.project().organization();
    }

    /** {@return the plan the task belongs to (hub and plan id), the scope of {@link TaskPlane}'s calls} */
    public PlanScope plan() {
        return plan;
    }

    /** {@return the task's timeline record id ({@code SYSTEM_TASKINSTANCEID})} */
    public UUID taskId() {
        return self.key();
    }

    /** {@return the job's timeline record id ({@code SYSTEM_JOBID})} */
    public UUID jobId() {
        return jobId;
    }

    /**
     * {@return the task's timeline record, read from the build's timeline on first use}
     *
     * @throws ado.core.error.AdoNotFoundException if the build's timeline has no record with the task's id
     */
    public TimelineRecord record() {
        return self.get();
    }

    /**
     * {@return this session after reading the task's record again; one request}
     *
     * @throws ado.core.error.AdoNotFoundException if the build's timeline has no record with the task's id
     */
    public DistributedTaskSession refresh() {
        return self.refresh(this);
    }

    /**
     * {@return the job the task runs in, from the build's current timeline; one request}
     *
     * @throws ado.core.error.AdoNotFoundException if the timeline has no job with the session's job id
     */
    public BuildJob job() {
        return build.stages().stream().flatMap(s -> s.jobs().stream()).filter(j -> jobId.equals(j.record().id()))
                .findFirst().orElseThrow(() -> ClientFailures.notFound(timelineUri(), "Job " + jobId
                        + " is not in the timeline of build " + build.id() + " of project "
                        + build.project().label()));
    }

    /**
     * Appends {@code lines} to the job's live feed (the console view while it runs).
     *
     * @param lines the lines to append
     * @throws NullPointerException if {@code lines} or one of them is null
     */
    public void feed(List<String> lines) {
        TaskPlane.appendFeed(plan, timelineId, jobId, List.copyOf(lines));
    }

    /**
     * {@return the task's log after appending {@code text}} The task's record names its log; when it names none
     * yet, a log is created and attached to the record first.
     *
     * @param text the text to append, lines separated by {@code \n}
     * @throws NullPointerException                if {@code text} is null
     * @throws ado.core.error.AdoNotFoundException if the build's timeline has no record with the task's id
     */
    public TaskLog log(String text) {
        Objects.requireNonNull(text, "text == null");
        Integer logId = logId(record());
        if (logId == null) {
            logId = logId(self.reload());
        }
        if (logId == null) {
            logId = TaskPlane.createLog(plan, "logs\\" + taskId()).id();
            self.set(TaskPlane.updateRecords(plan, timelineId, List.of(TimelineRecord.update(taskId())
                    .withLog(logId))).get(0));
        }
        return TaskPlane.appendLog(plan, logId, text);
    }

    private static Integer logId(TimelineRecord record) {
        return record.log() == null ? null : record.log().id();
    }

    /**
     * Writes {@code lines} to the job's live feed and appends them to the task's log, as {@link #feed} and
     * {@link #log} do.
     *
     * @param lines the lines to write
     * @throws NullPointerException if {@code lines} or one of them is null
     */
    public void message(List<String> lines) {
        List<String> copy = List.copyOf(lines);
        feed(copy);
        log(String.join("\n", copy));
    }

    /**
     * Completes the task with {@code result} (a {@code TaskCompleted} event): the pipeline moves on.
     *
     * @param result the task's result
     * @throws NullPointerException     if {@code result} is null
     * @throws IllegalArgumentException if {@code result} is {@code UNKNOWN}
     */
    public void complete(TaskResult result) {
        TaskPlane.taskCompleted(plan, jobId, taskId(), result);
    }

    @Override
    public String toString() {
        return "DistributedTaskSession[task " + taskId() + " of build " + build.id() + " in "
                + build.project().label() + self.ifLoaded(r -> " " + Describe.quote(r.name())) + "]";
    }
}
