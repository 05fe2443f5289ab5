package ado.model.distributedtask;

import ado.model.build.TaskResult;
import java.util.Objects;
import java.util.UUID;

/**
 * The {@code TaskCompleted} event that ends a waiting agentless task or check.
 *
 * @param name   always {@code TaskCompleted}
 * @param taskId the task's timeline record id ({@code SYSTEM_TASKINSTANCEID})
 * @param jobId  the job's timeline record id ({@code SYSTEM_JOBID})
 * @param result the task's result
 */
public record TaskCompletedEvent(String name, UUID taskId, UUID jobId, TaskResult result) {

    /**
     * Checks the members.
     *
     * @param name   always {@code TaskCompleted}
     * @param taskId the task's timeline record id ({@code SYSTEM_TASKINSTANCEID})
     * @param jobId  the job's timeline record id ({@code SYSTEM_JOBID})
     * @param result the task's result
     * @throws NullPointerException     if {@code taskId}, {@code jobId} or {@code result} is null
     * @throws IllegalArgumentException if {@code name} is not {@code TaskCompleted} or {@code result} is
     *                                  {@code UNKNOWN}
     */
    public TaskCompletedEvent {
        if (!"TaskCompleted".equals(name)) {
            throw new IllegalArgumentException("name must be TaskCompleted: " + name);
        }
        Objects.requireNonNull(taskId, "taskId == null");
        Objects.requireNonNull(jobId, "jobId == null");
        Objects.requireNonNull(result, "result == null");
        if (result == TaskResult.UNKNOWN) {
            throw new IllegalArgumentException("result must not be UNKNOWN");
        }
    }

    /**
     * {@return the event completing task {@code taskId} of job {@code jobId} with {@code result}}
     *
     * @param taskId the task's timeline record id ({@code SYSTEM_TASKINSTANCEID})
     * @param jobId  the job's timeline record id ({@code SYSTEM_JOBID})
     * @param result the task's result
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code result} is {@code UNKNOWN}
     */
    public static TaskCompletedEvent of(UUID taskId, UUID jobId, TaskResult result) {
        return new TaskCompletedEvent("TaskCompleted", taskId, jobId, result);
    }
}
