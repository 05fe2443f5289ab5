package ado.oop;

import ado.model.build.BuildResult;
import ado.model.build.BuildStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Build#waitForCompletion} reports after each poll.
 *
 * @param buildId        the build
 * @param status         its status
 * @param result         its result; empty before completion
 * @param completedTasks tasks completed so far (any result)
 * @param totalTasks     tasks in the timeline
 * @param running        names of the tasks running now
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe.
 */
public record BuildProgress(int buildId, BuildStatus status, Optional<BuildResult> result, int completedTasks,
                            int totalTasks, List<String> running) {

    /**
     * Checks the values and copies the list.
     *
     * @param buildId the build
     * @param status its status
     * @param result the result; empty before completion
     * @param completedTasks tasks completed so far (any result)
     * @param totalTasks tasks in the timeline
     * @param running names of the tasks running now
     */
    public BuildProgress {
        Objects.requireNonNull(status, "status == null");
        Objects.requireNonNull(result, "result == null");
        running = List.copyOf(running);
    }

    /** {@return the share of tasks completed, 0 to 100} */
    public int percent() {
        return totalTasks == 0 ? 0 : completedTasks * 100 / totalTasks;
    }
}
