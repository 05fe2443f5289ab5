package ado.oop;

import ado.model.build.BuildResult;
import ado.model.build.BuildStatus;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Build#waitForCompletion} reports after each poll.
 *
 * @param buildId        the build
 * @param status         its status
 * @param result         its result, or {@code null} before completion
 * @param completedTasks tasks completed so far (any result)
 * @param totalTasks     tasks in the timeline
 * @param running        names of the tasks running now
 */
public record BuildProgress(int buildId, BuildStatus status, BuildResult result, int completedTasks, int totalTasks,
                            List<String> running) {

    /** Copies the list. */
    public BuildProgress {
        Objects.requireNonNull(status, "status == null");
        running = List.copyOf(running);
    }

    /** {@return the share of tasks completed, 0 to 100} */
    public int percent() {
        return totalTasks == 0 ? 0 : completedTasks * 100 / totalTasks;
    }
}
