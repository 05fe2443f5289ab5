package ado.model.distributedtask;

import ado.core.AdoClient;
import ado.core.auth.Credentials;
import ado.core.error.AdoConfigurationException;
import ado.model.build.TaskResult;
import ado.model.build.TimelineRecord;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * The ids Azure Pipelines passes to a task ({@code SYSTEM_PLANID}, {@code SYSTEM_JOBID}, {@code SYSTEM_TIMELINEID},
 * {@code SYSTEM_HOSTTYPE} (the hub), {@code SYSTEM_COLLECTIONURI}, {@code SYSTEM_TEAMPROJECTID},
 * {@code SYSTEM_TASKINSTANCEID}, {@code SYSTEM_ACCESSTOKEN}) and a client for its organisation, with shortcuts for
 * the task plane calls of the running task. The access token never appears in {@link #toString()}.
 *
 * <pre>{@code
 * TaskContext task = TaskContext.fromEnvironment();
 * task.feed(List.of("checking the change board"));
 * task.completed(TaskResult.SUCCEEDED);
 * }</pre>
 */
public final class TaskContext {

    private final AdoClient client;
    private final URI collectionUri;
    private final UUID projectId;
    private final String hub;
    private final UUID planId;
    private final UUID timelineId;
    private final UUID jobId;
    private final UUID taskInstanceId;

    private TaskContext(AdoClient client, URI collectionUri, UUID projectId, String hub, UUID planId,
                        UUID timelineId, UUID jobId, UUID taskInstanceId) {
        this.client = client;
        this.collectionUri = collectionUri;
        this.projectId = projectId;
        this.hub = hub;
        this.planId = planId;
        this.timelineId = timelineId;
        this.jobId = jobId;
        this.taskInstanceId = taskInstanceId;
    }

    /**
     * {@return the context from the process environment}
     *
     * @throws AdoConfigurationException if a variable is missing or malformed
     */
    public static TaskContext fromEnvironment() {
        return fromEnvironment(System::getenv);
    }

    /**
     * {@return the context from {@code env} (a variable name to its value, or null)}
     *
     * @param env the variables, such as {@code System::getenv} or a map's {@code get}
     * @throws AdoConfigurationException if a variable is missing or malformed (the message names it, never a value of
     *                                   {@code SYSTEM_ACCESSTOKEN})
     * @throws NullPointerException      if {@code env} is null
     */
    public static TaskContext fromEnvironment(Function<String, String> env) {
        Objects.requireNonNull(env, "env == null");
        String token = required(env, "SYSTEM_ACCESSTOKEN");
        URI collection;
        String text = required(env, "SYSTEM_COLLECTIONURI");
        try {
            collection = URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new AdoConfigurationException("SYSTEM_COLLECTIONURI is not a URL: " + text);
        }
        AdoClient client = AdoClient.builder().organization(collection).credentials(Credentials.bearer(token))
                .environment(env).build();
        String hub = required(env, "SYSTEM_HOSTTYPE");
        return new TaskContext(client, collection, uuid(env, "SYSTEM_TEAMPROJECTID"), hub, uuid(env, "SYSTEM_PLANID"),
                uuid(env, "SYSTEM_TIMELINEID"), uuid(env, "SYSTEM_JOBID"), uuid(env, "SYSTEM_TASKINSTANCEID"));
    }

    private static String required(Function<String, String> env, String name) {
        String value = env.apply(name);
        if (value == null || value.isBlank()) {
            throw new AdoConfigurationException(name + " is not set");
        }
        return value.strip();
    }

    private static UUID uuid(Function<String, String> env, String name) {
        String value = required(env, name);
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new AdoConfigurationException(name + " is not a GUID: " + value);
        }
    }

    /** {@return a client for the collection, authenticated with the job's access token} */
    public AdoClient client() {
        return client;
    }

    /** {@return the collection (organisation) URL} */
    public URI collectionUri() {
        return collectionUri;
    }

    /** {@return the project id} */
    public UUID projectId() {
        return projectId;
    }

    /** {@return the hub ({@code SYSTEM_HOSTTYPE}), such as build} */
    public String hub() {
        return hub;
    }

    /** {@return the plan id} */
    public UUID planId() {
        return planId;
    }

    /** {@return the timeline id} */
    public UUID timelineId() {
        return timelineId;
    }

    /** {@return the job's timeline record id} */
    public UUID jobId() {
        return jobId;
    }

    /** {@return the task's timeline record id} */
    public UUID taskInstanceId() {
        return taskInstanceId;
    }

    /** {@return the plan's scope for {@link TaskPlane}} */
    public PlanScope plan() {
        return new PlanScope(client.api(), projectId, hub, planId);
    }

    /**
     * Appends {@code lines} to the job's live feed.
     *
     * @param lines the lines to append; {@code null} for none
     * @throws NullPointerException if one of {@code lines} is null
     */
    public void feed(List<String> lines) {
        TaskPlane.appendFeed(plan(), timelineId, jobId, lines);
    }

    /**
     * {@return a new log holding {@code text}, attached to the task's record}
     *
     * @param text the log's text, lines separated by {@code \n}
     * @throws NullPointerException if {@code text} is null (the empty log is created first)
     */
    public TaskLog log(String text) {
        TaskLog log = TaskPlane.createLog(plan(), "logs\\" + taskInstanceId);
        TaskLog written = TaskPlane.appendLog(plan(), log.id(), text);
        TaskPlane.updateRecords(plan(), timelineId, List.of(TimelineRecord.update(taskInstanceId).withLog(log.id())));
        return written;
    }

    /**
     * {@return the task's record after setting its progress}
     *
     * @param percentComplete  how far the task is, 0 to 100
     * @param currentOperation what it is doing, or {@code null} for unchanged
     * @throws IllegalArgumentException if {@code percentComplete} is not 0 to 100
     */
    public TimelineRecord progress(int percentComplete, String currentOperation) {
        return TaskPlane.updateRecords(plan(), timelineId, List.of(TimelineRecord.update(taskInstanceId)
                .withProgress(percentComplete, currentOperation))).get(0);
    }

    /**
     * Ends the task with {@code result} ({@code TaskCompleted}).
     *
     * @param result the task's result
     * @throws NullPointerException     if {@code result} is null
     * @throws IllegalArgumentException if {@code result} is {@code UNKNOWN}
     */
    public void completed(TaskResult result) {
        TaskPlane.taskCompleted(plan(), jobId, taskInstanceId, result);
    }

    @Override
    public String toString() {
        return "TaskContext[" + collectionUri + ", project " + projectId + ", hub " + hub + ", plan " + planId
                + ", job " + jobId + ", task " + taskInstanceId + "]";
    }
}
