package ado.emulator.internal.build;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a pipeline definition runs: its template parameters and its stages, each with jobs of tasks run in order.
 * Each task takes {@link Task#duration()} of emulator time, writes its log lines and fails on its first
 * {@link Task#failedAttempts()} attempts; an agentless task waits for the task plane's {@code TaskCompleted} event.
 * A stage with {@link Stage#approval()} waits for an approval; a stage's artifacts are published when it succeeds.
 */
public record PipelineSpec(List<Parameter> parameters, List<Stage> stages) {

    /** Copies the lists; at least one stage. */
    public PipelineSpec {
        parameters = List.copyOf(parameters);
        stages = List.copyOf(stages);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a pipeline needs at least one stage");
        }
    }

    /** A template parameter with its default and allowed values (empty: any). */
    public record Parameter(String name, String defaultValue, List<String> values) {
        /** Copies the values. */
        public Parameter {
            Objects.requireNonNull(name, "name == null");
            values = List.copyOf(values);
        }
    }

    /** A stage: jobs run one after the other; artifacts (name to files) are published when the stage succeeds. */
    public record Stage(String name, boolean approval, List<Job> jobs, Map<String, Map<String, byte[]>> artifacts) {
        /** Copies the lists. */
        public Stage {
            Objects.requireNonNull(name, "name == null");
            jobs = List.copyOf(jobs);
            artifacts = Map.copyOf(artifacts);
            if (jobs.isEmpty()) {
                throw new IllegalArgumentException("stage " + name + " needs at least one job");
            }
        }
    }

    /** A job: tasks run in order. */
    public record Job(String name, List<Task> tasks) {
        /** Copies the tasks. */
        public Job {
            Objects.requireNonNull(name, "name == null");
            tasks = List.copyOf(tasks);
            if (tasks.isEmpty()) {
                throw new IllegalArgumentException("job " + name + " needs at least one task");
            }
        }
    }

    /** A task (step). */
    public record Task(String name, Duration duration, List<String> lines, int failedAttempts, boolean agentless) {
        /** Copies the lines. */
        public Task {
            Objects.requireNonNull(name, "name == null");
            Objects.requireNonNull(duration, "duration == null");
            lines = List.copyOf(lines);
        }
    }
}
