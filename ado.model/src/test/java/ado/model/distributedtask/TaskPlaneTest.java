package ado.model.distributedtask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.ApiCall;
import ado.core.error.AdoBadRequestException;
import ado.core.error.AdoConfigurationException;
import ado.core.error.AdoNotFoundException;
import ado.core.json.JsonObject;
import ado.emulator.AdoEmulator;
import ado.model.build.Build;
import ado.model.build.BuildLogs;
import ado.model.build.BuildQueueRequest;
import ado.model.build.BuildResult;
import ado.model.build.Builds;
import ado.model.build.TaskResult;
import ado.model.build.TimelineRecord;
import ado.model.build.TimelineRecordState;
import ado.model.core.Projects;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Plays an external check against a build waiting on an agentless task (seeded definition 4, "Gate"). */
class TaskPlaneTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";
    private AdoEmulator emulator;
    private ApiCall project;
    private Build build;
    private Map<String, String> env;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.builder().clock(Instant.parse("2024-05-01T10:00:00Z")).start();
        project = emulator.client().api().project(PROJECT);
        build = Builds.queue(project, BuildQueueRequest.builder(4).branch("main").build());
        emulator.clock().advance(Duration.ofSeconds(5));
        List<TimelineRecord> records = Builds.timeline(project, build.id()).records();
        TimelineRecord task = records.stream().filter(r -> r.name().equals("Invoke external check")).findFirst()
                .orElseThrow();
        env = new HashMap<>(Map.of(
                "SYSTEM_COLLECTIONURI", emulator.url().toString(),
                "SYSTEM_TEAMPROJECTID", Projects.get(emulator.client().api(), PROJECT).id().toString(),
                "SYSTEM_HOSTTYPE", "build",
                "SYSTEM_PLANID", build.planId().toString(),
                "SYSTEM_TIMELINEID", build.planId().toString(),
                "SYSTEM_JOBID", task.parentId().toString(),
                "SYSTEM_TASKINSTANCEID", task.id().toString(),
                "SYSTEM_ACCESSTOKEN", emulator.pat()));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private TimelineRecord record(UUID id) {
        return Builds.timeline(project, build.id()).records().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    void externalCheck_feedLogProgressCompletion_showInTimeline() {
        TaskContext task = TaskContext.fromEnvironment(env::get);
        assertThat(record(task.taskInstanceId()).state()).isEqualTo(TimelineRecordState.IN_PROGRESS);

        task.feed(List.of("Asking the change board", "Waiting for an answer"));
        TaskLog log = task.log("change board: approved\nticket CHG-42\n");
        TimelineRecord progressed = task.progress(50, "Reading the answer");
        task.completed(TaskResult.SUCCEEDED);

        assertThat(emulator.pipelines().feed(PROJECT, build.id(), task.jobId()))
                .containsExactly("Asking the change board", "Waiting for an answer");
        assertThat(log.lineCount()).isEqualTo(2);
        assertThat(progressed.percentComplete()).isEqualTo(50);
        assertThat(progressed.currentOperation()).isEqualTo("Reading the answer");
        TimelineRecord done = record(task.taskInstanceId());
        assertThat(done.state()).isEqualTo(TimelineRecordState.COMPLETED);
        assertThat(done.result()).isEqualTo(TaskResult.SUCCEEDED);
        assertThat(done.log().id()).isEqualTo(log.id());
        assertThat(BuildLogs.lines(project, build.id(), log.id(), 1, 2))
                .containsExactly("change board: approved", "ticket CHG-42");
    }

    @Test
    void externalCheck_completed_buildRunsOnToSuccess() {
        TaskContext.fromEnvironment(env::get).completed(TaskResult.SUCCEEDED);
        emulator.clock().advance(Duration.ofMinutes(1));

        assertThat(Builds.get(project, build.id()).result()).isEqualTo(BuildResult.SUCCEEDED);
    }

    @Test
    void externalCheck_failed_failsTheBuild() {
        TaskContext.fromEnvironment(env::get).completed(TaskResult.FAILED);
        emulator.clock().advance(Duration.ofMinutes(1));

        assertThat(Builds.get(project, build.id()).result()).isEqualTo(BuildResult.FAILED);
    }

    @Test
    void plan_readsBuildPlan() {
        TaskContext task = TaskContext.fromEnvironment(env::get);

        TaskPlan plan = TaskPlane.plan(task.plan());

        assertThat(plan.planId()).isEqualTo(build.planId());
        assertThat(plan.artifactUri()).isEqualTo("vstfs:///Build/Build/" + build.id());
        assertThat(TaskPlane.records(task.plan(), task.timelineId())).hasSizeGreaterThan(3);
    }

    @Test
    void toString_neverShowsTheAccessToken() {
        TaskContext task = TaskContext.fromEnvironment(env::get);

        assertThat(task.toString()).doesNotContain(emulator.pat()).contains(task.planId().toString());
    }

    @Test
    void fromEnvironment_missingVariable_namesIt() {
        env.remove("SYSTEM_PLANID");

        assertThatThrownBy(() -> TaskContext.fromEnvironment(env::get))
                .isInstanceOf(AdoConfigurationException.class).hasMessageContaining("SYSTEM_PLANID");
    }

    @Test
    void fromEnvironment_badGuid_namesVariableNotToken() {
        env.put("SYSTEM_JOBID", "not-a-guid");

        assertThatThrownBy(() -> TaskContext.fromEnvironment(env::get))
                .isInstanceOf(AdoConfigurationException.class).hasMessageContaining("SYSTEM_JOBID")
                .message().doesNotContain(emulator.pat());
    }

    @Test
    void unknownPlan_isNotFound() {
        env.put("SYSTEM_PLANID", UUID.randomUUID().toString());
        TaskContext task = TaskContext.fromEnvironment(env::get);

        assertThatThrownBy(() -> task.feed(List.of("x"))).isInstanceOf(AdoNotFoundException.class)
                .hasMessageContaining(task.planId().toString());
    }

    @Test
    void unknownHub_isNotFound() {
        env.put("SYSTEM_HOSTTYPE", "nohub");
        TaskContext task = TaskContext.fromEnvironment(env::get);

        assertThatThrownBy(() -> TaskPlane.plan(task.plan())).isInstanceOf(AdoNotFoundException.class)
                .hasMessageContaining("nohub");
    }

    @Test
    void unknownTimeline_isNotFound() {
        env.put("SYSTEM_TIMELINEID", UUID.randomUUID().toString());
        TaskContext task = TaskContext.fromEnvironment(env::get);

        assertThatThrownBy(() -> task.progress(10, "x")).isInstanceOf(AdoNotFoundException.class)
                .hasMessageContaining(task.timelineId().toString());
    }

    @Test
    void taskCompleted_taskNotWaiting_isBadRequest() {
        env.put("SYSTEM_TASKINSTANCEID", UUID.randomUUID().toString());
        TaskContext task = TaskContext.fromEnvironment(env::get);

        assertThatThrownBy(() -> task.completed(TaskResult.SUCCEEDED)).isInstanceOf(AdoBadRequestException.class)
                .hasMessageContaining(task.taskInstanceId().toString());
    }

    @Test
    void event_unknownResult_isRefusedBeforeSending() {
        assertThatThrownBy(() -> TaskCompletedEvent.of(UUID.randomUUID(), UUID.randomUUID(), TaskResult.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("result");
    }

    @Test
    void raise_anyEvent_sentAsGivenAndCheckedAgainstThePlan() {
        TaskContext task = TaskContext.fromEnvironment(env::get);
        String job = task.jobId().toString();

        TaskPlane.raise(task.plan(), JsonObject.builder().put("name", "TaskStarted").put("jobId", job)
                .put("taskId", task.taskInstanceId().toString()).build());
        TaskPlane.raise(task.plan(), JsonObject.builder().put("name", "JobStarted").put("jobId", job).build());
        TaskPlane.raise(task.plan(), JsonObject.builder().put("name", "TaskCompleted").put("jobId", job)
                .put("taskId", task.taskInstanceId().toString()).put("result", "failed").build());
        emulator.clock().advance(Duration.ofMinutes(1));

        assertThat(record(task.taskInstanceId()).result()).isEqualTo(TaskResult.FAILED);
        assertThat(emulator.requests().matching("POST", "/events")).hasSize(3)
                .extracting(r -> r.bodyText()).anySatisfy(b -> assertThat(b).contains("\"name\":\"TaskStarted\""));
        assertThatThrownBy(() -> TaskPlane.raise(task.plan(), JsonObject.builder().put("name", "TaskStarted")
                .put("jobId", job).put("taskId", UUID.randomUUID().toString()).build()))
                .isInstanceOf(AdoNotFoundException.class);
        assertThatThrownBy(() -> TaskPlane.raise(task.plan(), JsonObject.builder().put("name", "Nonsense")
                .put("jobId", job).build())).isInstanceOf(AdoBadRequestException.class)
                .hasMessageContaining("Nonsense");
        assertThatThrownBy(() -> TaskPlane.raise(task.plan(), JsonObject.builder().put("jobId", job).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    }

    @Test
    void planScope_timelineLogsAndLogLines_readWhatTheTaskWrote() {
        TaskContext task = TaskContext.fromEnvironment(env::get);
        TaskLog log = TaskPlane.createLog(task.plan(), "logs\\check");
        TaskPlane.appendLog(task.plan(), log.id(), "first line\nsecond line\n");

        assertThat(TaskPlane.timeline(task.plan(), task.timelineId()).records())
                .extracting(TimelineRecord::id).contains(task.taskInstanceId(), task.jobId());
        assertThat(TaskPlane.logs(task.plan())).extracting(TaskLog::id).contains(log.id());
        assertThat(TaskPlane.logLines(task.plan(), log.id())).containsExactly("first line", "second line");
    }

    @Test
    void planScope_feedRecordUpdateAndTaskCompleted_calledDirectly() {
        TaskContext task = TaskContext.fromEnvironment(env::get);

        TaskPlane.appendFeed(task.plan(), task.timelineId(), task.jobId(), List.of("direct feed line"));
        List<TimelineRecord> updated = TaskPlane.updateRecords(task.plan(), task.timelineId(),
                List.of(TimelineRecord.update(task.taskInstanceId()).withProgress(75, "Almost there")));
        TaskPlane.taskCompleted(task.plan(), task.jobId(), task.taskInstanceId(), TaskResult.SUCCEEDED);
        emulator.clock().advance(Duration.ofMinutes(1));

        assertThat(emulator.pipelines().feed(PROJECT, build.id(), task.jobId())).containsExactly("direct feed line");
        assertThat(updated).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(task.taskInstanceId());
            assertThat(r.percentComplete()).isEqualTo(75);
            assertThat(r.currentOperation()).isEqualTo("Almost there");
        });
        assertThat(record(task.taskInstanceId()).result()).isEqualTo(TaskResult.SUCCEEDED);
        assertThat(Builds.get(project, build.id()).result()).isEqualTo(BuildResult.SUCCEEDED);
        assertThatThrownBy(() -> TaskPlane.appendFeed(task.plan(), task.timelineId(), null, List.of("x")))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("recordId");
    }
}
