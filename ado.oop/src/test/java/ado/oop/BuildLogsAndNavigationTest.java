package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoNotFoundException;
import ado.core.error.AdoTransportException;
import ado.emulator.AdoEmulator;
import ado.model.build.BuildLog;
import ado.model.build.BuildResult;
import ado.model.build.TimelineRecord;
import ado.model.distributedtask.PlanScope;
import ado.model.distributedtask.TaskPlane;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A build's logs (list, one log whole, a line range, streamed), the timeline tree's way back up (task → job → stage →
 * build) and the logs of jobs and stages, and a build's run in the Pipelines view (issue 17).
 */
@Timeout(120)
class BuildLogsAndNavigationTest {

    /** Lines of the big task: about 8 MB of log with the time stamps. */
    private static final int BIG_LINES = 90_000;

    private AdoEmulator emulator;
    private Project project;
    private int flaky;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.builder().clock(Instant.parse("2024-05-01T10:00:00Z")).start();
        project = AzureDevOpsService.of(emulator.client()).organization().project("Fabrikam-Fiber-Git");
        flaky = emulator.pipelines().define("Fabrikam-Fiber-Git", "flaky")
                .stage("Build", s -> s.job("Compile", j -> j.task("Compile", "compiled")))
                .stage("Test", s -> s.job("Tests", j -> j.failingTask("Integration tests", 1, "3 tests failed")
                        .task("Report", "report written")))
                .create();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private Build completed(int definition) {
        Build build = project.startBuild(definition, "main");
        emulator.clock().advance(Duration.ofMinutes(30));
        return build.refresh();
    }

    @Test
    void logs_listMetadataThenReadWholeRangeAndStream() throws Exception {
        Build build = completed(flaky);

        List<BuildLog> logs = build.logs();
        BuildTask failing = build.stages().get(1).jobs().get(0).tasks().get(0);
        int logId = failing.logId().orElseThrow();

        assertThat(logs).isNotEmpty().allSatisfy(l -> {
            assertThat(l.type()).isEqualTo("Container");
            assertThat(l.lineCount()).isPositive();
            assertThat(l.createdOn()).isNotNull();
            assertThat(l.lastChangedOn()).isAfterOrEqualTo(l.createdOn());
        });
        assertThat(logs).extracting(BuildLog::id).contains(logId).doesNotHaveDuplicates();
        String text = build.log(logId);
        assertThat(text).contains("Starting: Integration tests").contains("3 tests failed");
        assertThat(failing.log()).isEqualTo(text);
        List<String> range = build.logLines(logId, 2, 3);
        assertThat(range).hasSize(2);
        assertThat(range.get(0)).endsWith("3 tests failed");
        try (Stream<String> lines = build.logLines(logId)) {
            assertThat(lines.toList()).hasSize(text.split("\r\n").length)
                    .containsExactlyElementsOf(List.of(text.split("\r\n")));
        }
        try (InputStream in = build.openLog(logId)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(text);
        }
        long total = logs.stream().mapToLong(BuildLog::lineCount).sum();
        assertThat(build.log().split("\r\n")).hasSize((int) total);       // get_all_log_text: every log, in order
        assertThatThrownBy(() -> build.log(999)).isInstanceOf(AdoNotFoundException.class);
        assertThatThrownBy(() -> build.logLines(logId, 3, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("endLine");
    }

    @Test
    void logLines_severalMegabytes_streamedLineByLineInOrder() {
        String filler = "x".repeat(60);
        String[] lines = IntStream.rangeClosed(1, BIG_LINES).mapToObj(i -> String.format("line %06d %s", i, filler))
                .toArray(String[]::new);
        int big = emulator.pipelines().define("Fabrikam-Fiber-Git", "big")
                .stage("Build", s -> s.job("Chatty", j -> j.task("Chatty", lines))).create();
        Build build = completed(big);
        int logId = build.stages().get(0).jobs().get(0).tasks().get(0).logId().orElseThrow();
        BuildLog meta = build.logs().stream().filter(l -> l.id() == logId).findFirst().orElseThrow();
        assertThat(meta.lineCount()).isEqualTo(BIG_LINES + 2L);           // Starting, the lines, Finishing

        var next = new AtomicLong(1);
        var bytes = new AtomicLong();
        try (Stream<String> stream = build.logLines(logId)) {
            stream.skip(1).limit(BIG_LINES).forEach(line -> {           // checked one by one, never collected
                assertThat(line).endsWith(String.format("line %06d %s", next.getAndIncrement(), filler));
                bytes.addAndGet(line.length() + 2);
            });
        }

        assertThat(next.get() - 1).isEqualTo(BIG_LINES);
        assertThat(bytes.get()).isGreaterThan(5_000_000L);
    }

    @Test
    void logLines_bodyCutHalfway_firstLinesArriveBeforeTheRestWhichNeverComes() throws Exception {
        String[] lines = IntStream.rangeClosed(1, BIG_LINES).mapToObj(i -> String.format("line %06d %s", i,
                "y".repeat(60))).toArray(String[]::new);
        int big = emulator.pipelines().define("Fabrikam-Fiber-Git", "big")
                .stage("Build", s -> s.job("Chatty", j -> j.task("Chatty", lines))).create();
        Build build = completed(big);
        int logId = build.stages().get(0).jobs().get(0).tasks().get(0).logId().orElseThrow();
        emulator.faults().on("GET", "/logs/" + logId).once().truncateBody();   // half the body, then the cut

        var read = new ArrayList<String>();
        Throwable failure = null;
        try (Stream<String> stream = build.logLines(logId)) {
            Iterator<String> it = stream.iterator();
            for (int i = 0; i < 3; i++) {
                read.add(it.next());                                         // a client holding the whole log
            }                                                                 // first would fail before these
            long more = 0;
            try {
                while (it.hasNext()) {
                    it.next();
                    more++;
                }
            } catch (UncheckedIOException | AdoTransportException e) {
                failure = e;
            }
            assertThat(more).isBetween(BIG_LINES / 4L, BIG_LINES * 3L / 4);
        }

        assertThat(read.get(0)).contains("Starting: Chatty");
        assertThat(read.get(2)).endsWith("line 000002 " + "y".repeat(60));
        assertThat(failure).isNotNull();
        try (var reader = new BufferedReader(new InputStreamReader(build.openLog(logId), StandardCharsets.UTF_8))) {
            assertThat(reader.lines().count()).isEqualTo(BIG_LINES + 2L);     // the fault was once: all of it now
        }
    }

    @Test
    void timeline_navigatesBackUpFromTaskToJobToStageToBuild() {
        Build build = completed(flaky);

        List<BuildStage> stages = build.stages();

        for (BuildStage stage : stages) {
            assertThat(stage.build()).isSameAs(build);
            for (BuildJob job : stage.jobs()) {
                assertThat(job.stage()).isSameAs(stage);
                assertThat(job.build()).isSameAs(build);
                for (BuildTask task : job.tasks()) {
                    assertThat(task.job()).isSameAs(job);
                    assertThat(task.build()).isSameAs(build);
                    assertThat(task.record().parentId()).isEqualTo(job.record().id());
                }
            }
        }
        assertThat(stages.get(1).jobs().get(0).tasks().get(1).job().stage().name()).isEqualTo("Test");
    }

    @Test
    void jobLog_holdsWhatItsTasksWrote_stageWithoutLogIsEmpty() {
        Build build = completed(flaky);
        BuildStage test = build.stages().get(1);
        BuildJob tests = test.jobs().get(0);

        String jobLog = tests.log();

        assertThat(tests.logId()).isPresent();
        assertThat(jobLog).isEqualTo(tests.tasks().stream().map(BuildTask::log).reduce("", String::concat))
                .contains("Starting: Integration tests").contains("3 tests failed").doesNotContain("compiled");
        assertThat(tests.tasks().get(1).result()).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("SKIPPED"));
        assertThat(test.logId()).isEmpty();
        assertThat(test.log()).isEmpty();
    }

    @Test
    void stageLog_whenItsRecordNamesOne_isRead() {
        Build build = completed(flaky);
        BuildStage stage = build.stages().get(0);
        var plan = new PlanScope(project.organization().api(), project.id(), "build", build.info().planId());
        int logId = TaskPlane.createLog(plan, "logs\\stage").id();
        TaskPlane.appendLog(plan, logId, "stage summary\nall green");
        TaskPlane.updateRecords(plan, build.info().planId(),
                List.of(TimelineRecord.update(stage.record().id()).withLog(logId)));

        BuildStage again = build.stages().get(0);

        assertThat(again.logId()).contains(logId);
        assertThat(again.log()).contains("stage summary").contains("all green");
        assertThat(stage.log()).isEmpty();                                     // the stage as read before
    }

    @Test
    void run_isThePipelinesViewOfTheSameBuild() {
        Build build = completed(flaky);

        Run run = build.run();

        assertThat(run).isSameAs(build.pipeline().run(build.id()));
        assertThat(run.id()).isEqualTo(build.id());
        assertThat(run.build()).isSameAs(build);
        assertThat(run.pipeline().id()).isEqualTo(flaky);
        assertThat(run.result()).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("FAILED"));
        assertThat(build.result()).contains(BuildResult.FAILED);
    }

    @Test
    void agent_navigatesBackToItsPool() {
        AgentPool pool = project.organization().agentPools().stream().filter(p -> !p.hosted()).findFirst()
                .orElseThrow();

        Agent agent = pool.agents().get(0);
        Agent again = pool.agent(agent.id());

        assertThat(agent.pool()).isSameAs(pool);
        assertThat(again.pool()).isSameAs(pool);
        assertThat(again.name()).isEqualTo(agent.name());
        assertThat(again.refresh().userCapabilities()).containsEntry("team", "fiber");
        assertThat(agent.status()).contains("online");
        assertThat(agent.toString()).contains("#" + agent.id()).contains("pool #" + pool.id());
        assertThatThrownBy(() -> pool.agent(9999).name()).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void workItemsBetween_moreIdsThanOnePage_allComeBack() {
        Build first = completed(flaky);
        String message = "Fix " + IntStream.rangeClosed(1, 1500).mapToObj(i -> "#" + i)
                .reduce((a, b) -> a + " " + b).orElseThrow();
        project.repository("Fabrikam-Fiber-Git").commit("main", message, List.of(AddFile.of("/many.txt", "many")));
        Build second = completed(flaky);
        emulator.requests().clear();

        List<Integer> ids = second.workItemIdsBetween(first);

        assertThat(ids).hasSize(1500).doesNotHaveDuplicates().contains(1, 1500);
        assertThat(emulator.requests().count("GET", "/_apis/build/workitems")).isGreaterThan(1);
        assertThat(second.workItemIdsBetween(first, 2)).containsExactly(1, 2);
        assertThat(emulator.requests().matching("GET", "/_apis/build/workitems")).last()
                .satisfies(r -> assertThat(r.query()).contains("$top=2"));
        assertThatThrownBy(() -> second.workItemIdsBetween(first, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("top");
    }

    @Test
    void workItemsBetween_loadedLazilyAsTheStreamIsRead() {
        Build first = completed(flaky);
        List<Integer> created = IntStream.range(0, 3).mapToObj(i -> project.createWorkItem("Task",
                Map.of("System.Title", "Between " + i)).id()).toList();
        project.repository("Fabrikam-Fiber-Git").commit("main", "Fix #" + created.get(0) + " #" + created.get(1)
                + " #" + created.get(2), List.of(AddFile.of("/three.txt", "three")));
        Build second = completed(flaky);
        emulator.requests().clear();

        Stream<WorkItem> items = second.workItemsBetween(first);
        long before = emulator.requests().count("GET", "/_apis/build/workitems");
        List<WorkItem> read = items.toList();

        assertThat(before).isZero();
        assertThat(read).extracting(WorkItem::id).containsExactlyInAnyOrderElementsOf(created);
        assertThat(read).extracting(WorkItem::title).allSatisfy(t -> assertThat(t).startsWith("Between "));
        assertThat(second.workItemsBetween(second).toList()).isEmpty();
    }

    @Test
    void workItemsBetween_buildOfAnotherProject_refusedNamingIt() {
        Build here = project.build(1);
        Project other = project.organization().projects().filter(p -> !p.id().equals(project.id()))
                .findFirst().orElseThrow();

        assertThatThrownBy(() -> here.workItemIdsBetween(other.build(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("older");
    }
}
