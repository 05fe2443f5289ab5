package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.ApiCall;
import ado.emulator.AdoEmulator;
import ado.model.build.BuildFilter;
import ado.model.build.BuildLogs;
import ado.model.build.BuildQueueRequest;
import ado.model.build.BuildResult;
import ado.model.build.Builds;
import ado.model.build.TaskResult;
import ado.model.build.Timeline;
import ado.model.build.TimelineRecord;
import ado.model.core.Projects;
import ado.model.distributedtask.TaskContext;
import ado.model.pipelines.ApprovalStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples of the "Builds, pipelines and the task plane" section of {@code docs/usage.md}, compiled and run
 * against the emulator; {@link #usageDoc_buildSection_javaBlocksAppearInThisFile} checks each Java block of the
 * section is copied from between the {@code // doc:} markers here. The emulator's clock is frozen and moved by a
 * background task, standing in for time passing while the examples wait.
 */
class BuildUsageExamplesTest {

    private AdoEmulator emulator;
    private AzureDevOpsService service;
    private ScheduledExecutorService time;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.builder().clock(Instant.parse("2024-05-01T10:00:00Z")).start();
        service = AzureDevOpsService.of(emulator.client());
        time = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "emulator-time");
            t.setDaemon(true);
            return t;
        });
        time.scheduleAtFixedRate(() -> emulator.clock().advance(Duration.ofSeconds(2)), 1, 1, TimeUnit.MILLISECONDS);
    }

    @AfterEach
    void stop() {
        time.shutdownNow();
        emulator.close();
    }

    @Test
    void objectLayerExample_runs_retriesTheFailedStage(@TempDir Path dir) {
        int definitionId = emulator.pipelines().define("Fabrikam-Fiber-Git", "nightly")
                .stage("Build", s -> s.job("Compile", j -> j.task("Compile", "compiled"))
                        .artifact("drop", Map.of("app.txt", "app")))
                .stage("Test", s -> s.job("Test", j -> j.failingTask("Integration tests", 1, "1 test failed")))
                .create();
        Duration pollInterval = Duration.ofMillis(10);
        Path target = dir.resolve("drop.zip");
        var printed = new ArrayList<String>();
        // doc: build
        Project project = service.organization().project("Fabrikam-Fiber-Git");
        Build build = project.startBuild(definitionId, "main");
        build.waitForCompletion(Duration.ofMinutes(30), pollInterval, progress -> printed.add(
                progress.status() + " " + progress.completedTasks() + "/" + progress.totalTasks() + " " + progress.running()));

        for (BuildStage stage : build.stages()) {                 // Stage -> Job -> Task, from the timeline
            for (BuildJob job : stage.jobs()) {
                for (BuildTask task : job.tasks()) {
                    printed.add(stage.name() + " / " + job.name() + " / " + task.name() + ": " + task.result().orElseThrow());
                }
            }
        }
        String log = build.log();                                  // every log, each one streamed
        build.downloadArtifact("drop", target, p -> printed.add(p.bytes() + " bytes"));
        if (build.result().orElseThrow() == BuildResult.FAILED) {
            build.retry();                                         // re-runs the failed stage only
            build.waitForCompletion(Duration.ofMinutes(30), pollInterval, progress -> { });
        }
        // end

        assertThat(log).contains("1 test failed");
        assertThat(printed).contains("Test / Test / Integration tests: FAILED");
        assertThat(build.result()).contains(BuildResult.SUCCEEDED);
        assertThat(target).isNotEmptyFile();
    }

    @Test
    void pipelineExample_runs_approvesTheDeployStage() {
        Project project = service.organization().project("Fabrikam-Fiber-Git");
        // doc: run
        Pipeline pipeline = project.pipeline(2);                   // "Fabrikam-Fiber-Git Release": Build, then Deploy
        Run run = pipeline.startRun(Map.of());
        // end
        emulator.clock().advance(Duration.ofMinutes(5));           // the Build stage ends; Deploy waits
        // doc: approve
        for (Approval approval : project.approvals(ApprovalStatus.PENDING)) {
            approval.approve("Ship it");                           // or approval.reject("Not today")
        }
        run.waitForCompletion(Duration.ofMinutes(30), Duration.ofMillis(10), progress -> { });
        // end

        assertThat(run.result()).contains(ado.model.pipelines.RunResult.SUCCEEDED);
    }

    @Test
    void rawLayerExample_runs_listsTheFailedBuild() {
        ApiCall api = emulator.client().api().project("Fabrikam-Fiber-Git");
        // doc: raw
        var queued = Builds.queue(api, BuildQueueRequest.builder(1).branch("main")
                .variable("system.debug", "true").templateParameter("configuration", "debug").build());
        List<ado.model.build.Build> recent = Builds.list(api, BuildFilter.ALL.withDefinitions(1)
                .withBranch("main").withPageSize(100)).limit(10).toList();   // pages by continuation token
        Timeline timeline = Builds.timeline(api, queued.id());
        List<String> firstLines = BuildLogs.lines(api, queued.id(), 1, 1, 10);
        // end

        assertThat(recent).extracting(ado.model.build.Build::id).contains(queued.id());
        assertThat(timeline.records()).isNotEmpty();
        assertThat(firstLines).isNotEmpty();
    }

    @Test
    void taskPlaneExample_runs_completesTheGate() {
        ApiCall api = emulator.client().api().project("Fabrikam-Fiber-Git");
        time.shutdownNow();
        var gate = Builds.queue(api, BuildQueueRequest.builder(4).build());
        emulator.clock().advance(Duration.ofSeconds(5));
        TimelineRecord waiting = Builds.timeline(api, gate.id()).records().stream()
                .filter(r -> r.name().equals("Invoke external check")).findFirst().orElseThrow();
        Map<String, String> env = new HashMap<>(Map.of("SYSTEM_COLLECTIONURI", emulator.url().toString(),
                "SYSTEM_TEAMPROJECTID", Projects.get(emulator.client().api(), "Fabrikam-Fiber-Git").id().toString(),
                "SYSTEM_HOSTTYPE", "build", "SYSTEM_PLANID", gate.planId().toString(),
                "SYSTEM_TIMELINEID", gate.planId().toString(), "SYSTEM_JOBID", waiting.parentId().toString(),
                "SYSTEM_TASKINSTANCEID", waiting.id().toString(), "SYSTEM_ACCESSTOKEN", emulator.pat()));
        // doc: task
        TaskContext task = TaskContext.fromEnvironment(env::get);  // or fromEnvironment(): the process environment
        task.feed(List.of("Asking the change board"));             // live console lines of the job
        task.log("change board: approved\nticket CHG-42\n");       // a log attached to the task's record
        task.progress(100, "Answer received");
        task.completed(TaskResult.SUCCEEDED);                      // TaskCompleted: the pipeline moves on
        // end
        emulator.clock().advance(Duration.ofMinutes(1));

        assertThat(Builds.get(api, gate.id()).result()).isEqualTo(BuildResult.SUCCEEDED);
    }

    @Test
    void usageDoc_buildSection_javaBlocksAppearInThisFile() throws IOException {
        UsageDoc.assertBlocksIn("## Builds, pipelines and the task plane", BuildUsageExamplesTest.class, 5);
    }
}
