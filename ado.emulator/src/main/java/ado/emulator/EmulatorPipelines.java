package ado.emulator;

import ado.emulator.internal.build.BuildStore;
import ado.emulator.internal.build.PipelineSpec;
import ado.emulator.internal.build.Run;
import ado.emulator.internal.build.TimelineRecord;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Defines pipelines (build definitions) and looks into runs, for tests:
 *
 * <pre>{@code
 * int id = emulator.pipelines().define("Fabrikam-Fiber-Git", "release")
 *         .parameter("environment", "staging", "staging", "production")
 *         .stage("Build", s -> s
 *                 .job("Compile", j -> j.task("Compile", "javac ...", "done").failingTask("Test", 1, "1 failed"))
 *                 .artifact("drop", Map.of("app.txt", "binary")))
 *         .stage("Deploy", s -> s.approval().job("Ship", j -> j.agentlessTask("Wait for the change board")))
 *         .create();
 * }</pre>
 *
 * <p>Each task runs for {@link JobBuilder#task(String, Duration, String...) its duration} (default
 * {@link #DEFAULT_TASK_DURATION}) of {@link AdoEmulator#clock() emulator time}. A failing task fails its first
 * {@code n} attempts (a retry then succeeds); an agentless task waits for the task plane's {@code TaskCompleted}
 * event; a stage with {@code approval()} waits for an approval answered through the approvals API.
 */
public final class EmulatorPipelines {

    /** The duration of a task unless given. */
    public static final Duration DEFAULT_TASK_DURATION = Duration.ofSeconds(10);

    private final OrgStore org;
    private final BuildStore store;

    EmulatorPipelines(OrgStore org, BuildStore store) {
        this.org = org;
        this.store = store;
    }

    /**
     * {@return a builder of a YAML pipeline named {@code name} in {@code project}, on the project's first
     * repository}
     *
     * @param project the project's name or id
     * @param name the pipeline's name; not blank
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public PipelineBuilder define(String project, String name) {
        Objects.requireNonNull(project, "project == null");
        Objects.requireNonNull(name, "name == null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        return new PipelineBuilder(org.project(project), name);
    }

    /**
     * {@return the lines appended to the live feed of timeline record {@code recordId} of build {@code buildId}}
     *
     * @param project the project's name or id
     * @param buildId the build (run) id
     * @param recordId the timeline record's id
     * @throws IllegalArgumentException if the build has no such record
     */
    public List<String> feed(String project, int buildId, UUID recordId) {
        Run run = store.run(org.project(project), buildId);
        return store.locked(() -> run.records().stream().filter(r -> r.id().equals(recordId)).findFirst()
                .map(TimelineRecord::feed).orElseThrow(() -> new IllegalArgumentException(
                        "no timeline record " + recordId + " in build " + buildId)));
    }

    /** Builds a pipeline definition. */
    public final class PipelineBuilder {
        private final Project project;
        private final String name;
        private final List<PipelineSpec.Parameter> parameters = new ArrayList<>();
        private final List<PipelineSpec.Stage> stages = new ArrayList<>();
        private String folder = "\\";
        private boolean yaml = true;
        private String repository;

        private PipelineBuilder(Project project, String name) {
            this.project = project;
            this.name = name;
        }

        /**
         * Puts the definition in {@code folder}, such as {@code \ci} (default {@code \}).
         *
         * @param folder the folder path, with backslashes
         * @return this builder
         */
        public PipelineBuilder folder(String folder) {
            this.folder = Objects.requireNonNull(folder, "folder == null");
            return this;
        }

        /**
         * Makes it a classic (designer) definition instead of a YAML pipeline.
         *
         * @return this builder
         */
        public PipelineBuilder classic() {
            this.yaml = false;
            return this;
        }

        /**
         * Builds repository {@code name} of the project (default: the repository named like the project, else the
         * first).
         *
         * @param name the repository's name
         * @return this builder
         */
        public PipelineBuilder repository(String name) {
            this.repository = Objects.requireNonNull(name, "repository == null");
            return this;
        }

        /**
         * Adds a template parameter with its default; {@code allowed} empty means any value.
         *
         * @param name the parameter's name
         * @param defaultValue the value when a run gives none
         * @param allowed the values a run may give
         * @return this builder
         */
        public PipelineBuilder parameter(String name, String defaultValue, String... allowed) {
            parameters.add(new PipelineSpec.Parameter(name, defaultValue, List.of(allowed)));
            return this;
        }

        /**
         * Adds a stage; stages run in the order added.
         *
         * @param name the stage's name
         * @param body adds the stage's jobs, approval and artifacts
         * @return this builder
         */
        public PipelineBuilder stage(String name, Consumer<StageBuilder> body) {
            var b = new StageBuilder(name);
            body.accept(b);
            stages.add(new PipelineSpec.Stage(name, b.approval, b.jobs, b.artifacts));
            return this;
        }

        /** {@return the new definition's id} */
        public int create() {
            String repo = repository;
            if (repo == null) {
                repo = project.name();
            }
            return store.define(project, name, folder, yaml, repo, new PipelineSpec(parameters, stages)).id();
        }
    }

    /** Builds a stage. */
    public static final class StageBuilder {
        private final String name;
        private final List<PipelineSpec.Job> jobs = new ArrayList<>();
        private final Map<String, Map<String, byte[]>> artifacts = new LinkedHashMap<>();
        private boolean approval;

        private StageBuilder(String name) {
            this.name = Objects.requireNonNull(name, "name == null");
        }

        /**
         * Makes the stage wait for an approval before it starts.
         *
         * @return this builder
         */
        public StageBuilder approval() {
            this.approval = true;
            return this;
        }

        /**
         * Adds a job; jobs run in the order added.
         *
         * @param name the job's name
         * @param body adds the job's tasks
         * @return this builder
         */
        public StageBuilder job(String name, Consumer<JobBuilder> body) {
            var b = new JobBuilder();
            body.accept(b);
            jobs.add(new PipelineSpec.Job(name, b.tasks));
            return this;
        }

        /**
         * Publishes artifact {@code name} (file path to UTF-8 text) when the stage succeeds.
         *
         * @param name the artifact's name
         * @param files the artifact's files: path to content
         * @return this builder
         */
        public StageBuilder artifact(String name, Map<String, String> files) {
            var bytes = new LinkedHashMap<String, byte[]>();
            files.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
            artifacts.put(name, bytes);
            return this;
        }

        @Override
        public String toString() {
            return "Stage[" + name + "]";
        }
    }

    /** Builds a job's tasks. */
    public static final class JobBuilder {
        private final List<PipelineSpec.Task> tasks = new ArrayList<>();

        private JobBuilder() {
        }

        /**
         * Adds a task that succeeds after the default duration, writing {@code lines} to its log.
         *
         * @param name the task's name
         * @param lines the lines of its log
         * @return this builder
         */
        public JobBuilder task(String name, String... lines) {
            return task(name, DEFAULT_TASK_DURATION, lines);
        }

        /**
         * Adds a task that succeeds after {@code duration}.
         *
         * @param name the task's name
         * @param duration how long it runs, in emulator time
         * @param lines the lines of its log
         * @return this builder
         */
        public JobBuilder task(String name, Duration duration, String... lines) {
            tasks.add(new PipelineSpec.Task(name, duration, List.of(lines), 0, false));
            return this;
        }

        /**
         * Adds a task that fails on its first {@code failedAttempts} attempts (a retry after that succeeds).
         *
         * @param name the task's name
         * @param failedAttempts how many attempts fail; at least 1
         * @param lines the lines of its log
         * @return this builder
         * @throws IllegalArgumentException if {@code failedAttempts} is below 1
         */
        public JobBuilder failingTask(String name, int failedAttempts, String... lines) {
            if (failedAttempts < 1) {
                throw new IllegalArgumentException("failedAttempts must be at least 1: " + failedAttempts);
            }
            tasks.add(new PipelineSpec.Task(name, DEFAULT_TASK_DURATION, List.of(lines), failedAttempts, false));
            return this;
        }

        /**
         * Adds an agentless (server) task that waits until the task plane raises {@code TaskCompleted} for it.
         *
         * @param name the task's name
         * @return this builder
         */
        public JobBuilder agentlessTask(String name) {
            tasks.add(new PipelineSpec.Task(name, Duration.ZERO, List.of(), 0, true));
            return this;
        }
    }
}
