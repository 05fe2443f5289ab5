package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoNotFoundException;
import ado.emulator.AdoEmulator;
import ado.model.build.BuildResult;
import ado.model.build.TaskResult;
import ado.model.build.TimelineRecord;
import ado.model.build.TimelineRecordState;
import ado.model.distributedtask.TaskContext;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** An external check plays the agentless task of seeded definition 4 through a build's task session (issue 17). */
@Timeout(60)
class DistributedTaskSessionTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";

    private AdoEmulator emulator;
    private Project project;
    private Build build;
    private TimelineRecord waiting;
    private Map<String, String> env;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.builder().clock(Instant.parse("2024-05-01T10:00:00Z")).start();
        project = AzureDevOpsService.of(emulator.client()).organization().project(PROJECT);
        build = project.startBuild(4, "main");
        emulator.clock().advance(Duration.ofSeconds(5));
        waiting = build.stages().stream().flatMap(s -> s.jobs().stream()).flatMap(j -> j.tasks().stream())
                .filter(t -> t.name().equals("Invoke external check")).findFirst().orElseThrow().record();
        UUID plan = build.refresh().info().planId();
        env = new HashMap<>(Map.of("SYSTEM_COLLECTIONURI", emulator.url().toString(),
                "SYSTEM_TEAMPROJECTID", project.id().toString(), "SYSTEM_HOSTTYPE", "build",
                "SYSTEM_PLANID", plan.toString(), "SYSTEM_TIMELINEID", plan.toString(),
                "SYSTEM_JOBID", waiting.parentId().toString(), "SYSTEM_TASKINSTANCEID", waiting.id().toString(),
                "SYSTEM_ACCESSTOKEN", emulator.pat()));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private DistributedTaskSession session() {
        return build.distributedTaskSession(TaskContext.fromEnvironment(env::get));
    }

    @Test
    void session_navigatesToBuildProjectOrganizationJobAndRecord() {
        DistributedTaskSession session = session();

        assertThat(session.build()).isSameAs(build);
        assertThat(session.project()).isSameAs(project);
        assertThat(session.organization()).isSameAs(project.organization());
        assertThat(session.taskId()).isEqualTo(waiting.id());
        assertThat(session.toString()).doesNotContain("Invoke external check");   // not loaded: no request
        assertThat(session.record().name()).isEqualTo("Invoke external check");
        assertThat(session.record().state()).isEqualTo(TimelineRecordState.IN_PROGRESS);
        BuildJob job = session.job();
        assertThat(job.record().id()).isEqualTo(waiting.parentId());
        assertThat(job.tasks()).extracting(t -> t.record().id()).contains(waiting.id());
        assertThat(session.plan().hub()).isEqualTo("build");
    }

    @Test
    void feedLogMessageComplete_reachTheTimelineAndTheBuildRunsOn() {
        DistributedTaskSession session = session();

        session.feed(List.of("Asking the change board"));
        session.log("change board: approved\nticket CHG-42");
        session.message(List.of("closing CHG-42"));
        session.complete(TaskResult.SUCCEEDED);
        emulator.clock().advance(Duration.ofMinutes(1));

        assertThat(emulator.pipelines().feed(PROJECT, build.id(), session.jobId()))
                .containsExactly("Asking the change board", "closing CHG-42");
        TimelineRecord done = session.refresh().record();
        assertThat(done.state()).isEqualTo(TimelineRecordState.COMPLETED);
        assertThat(done.result()).isEqualTo(TaskResult.SUCCEEDED);
        String log = build.log(done.log().id());
        assertThat(log).contains("change board: approved").contains("ticket CHG-42").contains("closing CHG-42");
        assertThat(log.indexOf("ticket CHG-42")).isLessThan(log.indexOf("closing CHG-42"));
        assertThat(build.refresh().result()).contains(BuildResult.SUCCEEDED);
    }

    @Test
    void log_taskWithoutLogYet_createsOneAndAttachesItToTheRecord() {
        Build queued = project.startBuild(4, "main");                         // not started: no task has a log
        TimelineRecord pending = queued.stages().stream().flatMap(s -> s.jobs().stream())
                .flatMap(j -> j.tasks().stream()).filter(t -> t.name().equals("Invoke external check")).findFirst()
                .orElseThrow().record();
        UUID plan = queued.refresh().info().planId();
        env.putAll(Map.of("SYSTEM_PLANID", plan.toString(), "SYSTEM_TIMELINEID", plan.toString(),
                "SYSTEM_JOBID", pending.parentId().toString(), "SYSTEM_TASKINSTANCEID", pending.id().toString()));
        DistributedTaskSession session = queued.distributedTaskSession(TaskContext.fromEnvironment(env::get));
        assertThat(session.record().log()).isNull();

        session.log("prepared\nwaiting for the stage");
        session.log("still waiting");

        Integer logId = session.refresh().record().log().id();
        assertThat(logId).isNotNull();
        assertThat(queued.log(logId)).contains("prepared").contains("waiting for the stage").contains("still waiting");
        assertThat(queued.logs()).filteredOn(l -> l.id() == logId).singleElement()
                .satisfies(l -> assertThat(l.lineCount()).isEqualTo(3));
    }

    @Test
    void complete_failed_failsTheBuild() {
        session().complete(TaskResult.FAILED);
        emulator.clock().advance(Duration.ofMinutes(1));

        assertThat(build.refresh().result()).contains(BuildResult.FAILED);
    }

    @Test
    void refresh_seesTheRecordAsItIsNow() {
        DistributedTaskSession session = session();
        assertThat(session.record().state()).isEqualTo(TimelineRecordState.IN_PROGRESS);
        session.complete(TaskResult.SUCCEEDED);

        assertThat(session.record().state()).isEqualTo(TimelineRecordState.IN_PROGRESS);   // as loaded
        assertThat(session.refresh()).isSameAs(session);
        assertThat(session.record().state()).isEqualTo(TimelineRecordState.COMPLETED);
    }

    @Test
    void unknownTask_notFoundNamingIt_otherProject_refused() {
        UUID stranger = UUID.randomUUID();
        env.put("SYSTEM_TASKINSTANCEID", stranger.toString());
        DistributedTaskSession session = session();

        assertThatThrownBy(session::record).isInstanceOf(AdoNotFoundException.class)
                .hasMessageContaining(stranger.toString()).hasMessageContaining("build " + build.id());
        env.put("SYSTEM_JOBID", stranger.toString());
        assertThatThrownBy(session()::job).isInstanceOf(AdoNotFoundException.class)
                .hasMessageContaining(stranger.toString());
        env.put("SYSTEM_TEAMPROJECTID", stranger.toString());
        assertThatThrownBy(this::session).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(stranger.toString());
    }
}
