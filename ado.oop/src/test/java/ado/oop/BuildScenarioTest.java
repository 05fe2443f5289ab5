package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoBadRequestException;
import ado.core.error.AdoNotFoundException;
import ado.core.error.AdoTransportException;
import ado.emulator.AdoEmulator;
import ado.model.build.BuildFilter;
import ado.model.build.BuildResult;
import ado.model.build.BuildStatus;
import ado.model.build.TaskResult;
import ado.model.pipelines.ApprovalStatus;
import ado.model.pipelines.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Builds, runs and approvals end to end against the emulator, its clock advanced by the tests. */
class BuildScenarioTest {

    private static final Duration POLL = Duration.ofMillis(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private AdoEmulator emulator;
    private Project project;
    private int flaky;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.builder().clock(Instant.parse("2024-05-01T10:00:00Z")).start();
        project = AzureDevOpsService.of(emulator.client()).organization().project("Fabrikam-Fiber-Git");
        flaky = emulator.pipelines().define("Fabrikam-Fiber-Git", "flaky")
                .stage("Build", s -> s.job("Compile", j -> j.task("Compile", "compiled"))
                        .artifact("drop", Map.of("app.txt", "x".repeat(100_000))))
                .stage("Test", s -> s.job("Tests", j -> j.failingTask("Integration tests", 1, "3 tests failed")
                        .task("Report", "report written")))
                .create();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    /** Advances the emulator's clock on every poll, as time passing would. */
    private void tick(BuildProgress progress, List<BuildProgress> seen) {
        seen.add(progress);
        emulator.clock().advance(Duration.ofSeconds(5));
    }

    @Test
    void pipelineScenario_queueWaitWalkLogsDownloadRetry(@TempDir Path dir) throws IOException {
        Build build = project.startBuild(flaky, "main");
        var seen = new ArrayList<BuildProgress>();

        boolean done = build.waitForCompletion(TIMEOUT, POLL, p -> tick(p, seen));

        assertThat(done).isTrue();
        assertThat(build.status()).isEqualTo(BuildStatus.COMPLETED);
        assertThat(build.result()).contains(BuildResult.FAILED);
        assertThat(seen.get(0).status()).isEqualTo(BuildStatus.NOT_STARTED);
        assertThat(seen).anySatisfy(p -> assertThat(p.status()).isEqualTo(BuildStatus.IN_PROGRESS));
        assertThat(seen).extracting(BuildProgress::completedTasks).isSorted();

        List<BuildStage> stages = build.stages();
        assertThat(stages).extracting(BuildStage::name).containsExactly("Build", "Test");
        assertThat(stages.get(0).result()).contains(TaskResult.SUCCEEDED);
        BuildJob tests = stages.get(1).jobs().get(0);
        assertThat(tests.name()).isEqualTo("Tests");
        assertThat(tests.tasks()).extracting(BuildTask::name).containsExactly("Integration tests", "Report");
        assertThat(tests.tasks().get(0).result()).contains(TaskResult.FAILED);
        assertThat(tests.tasks().get(1).result()).contains(TaskResult.SKIPPED);
        assertThat(tests.tasks().get(0).log()).contains("3 tests failed");

        String log = build.log();
        assertThat(log).contains("Starting: Compile").contains("compiled").contains("3 tests failed");

        var progress = new ArrayList<DownloadProgress>();
        Path zip = dir.resolve("drop.zip");
        long bytes = build.downloadArtifact("drop", zip, progress::add);
        assertThat(bytes).isEqualTo(Files.size(zip)).isPositive();
        assertThat(progress.get(progress.size() - 1)).isEqualTo(new DownloadProgress("drop", bytes, true));
        assertThat(progress).extracting(DownloadProgress::bytes).isSorted();
        try (var in = new ZipInputStream(Files.newInputStream(zip))) {
            assertThat(in.getNextEntry().getName()).isEqualTo("drop/app.txt");
            assertThat(in.readAllBytes()).hasSize(100_000);
        }

        build.retry();
        assertThat(build.waitForCompletion(TIMEOUT, POLL, p -> tick(p, seen))).isTrue();
        assertThat(build.result()).contains(BuildResult.SUCCEEDED);
        List<BuildStage> after = build.stages();
        assertThat(after.get(0).attempt()).isEqualTo(1);
        assertThat(after.get(1).attempt()).isEqualTo(2);
        assertThat(after.get(1).jobs().get(0).tasks()).allSatisfy(t ->
                assertThat(t.result()).contains(TaskResult.SUCCEEDED));
    }

    @Test
    void waitForCompletion_clockNotAdvanced_timesOutFalse() {
        Build build = project.startBuild(flaky, "main");

        boolean done = build.waitForCompletion(Duration.ofMillis(50), POLL, p -> { });

        assertThat(done).isFalse();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(build.status()).isEqualTo(BuildStatus.NOT_STARTED);
    }

    @Test
    @Timeout(30)
    void waitForCompletion_interruptedWhileWaiting_throwsWithFlagRestored() throws Exception {
        Build build = project.startBuild(flaky, "main");
        var polled = new CountDownLatch(1);
        var failure = new AtomicReference<Throwable>();
        var flagAfter = new AtomicBoolean();
        Thread waiter = new Thread(() -> {
            try {
                build.waitForCompletion(Duration.ofMinutes(10), Duration.ofMinutes(5), p -> polled.countDown());
            } catch (Throwable t) {
                failure.set(t);
            }
            flagAfter.set(Thread.currentThread().isInterrupted());
        });
        waiter.start();
        assertThat(polled.await(20, TimeUnit.SECONDS)).isTrue();

        waiter.interrupt();
        waiter.join(20_000);

        assertThat(waiter.isAlive()).isFalse();
        assertThat(failure.get()).isInstanceOfSatisfying(AdoTransportException.class,
                e -> assertThat(e.cause()).isInstanceOf(InterruptedException.class))
                .hasMessageContaining("build " + build.id());
        assertThat(flagAfter).isTrue();
    }

    @Test
    @Timeout(30)
    void waitForCompletion_interruptedBeforeThePoll_throwsWithFlagRestored() {
        Run run = project.pipeline(flaky).startRun(Map.of());
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> run.waitForCompletion(Duration.ofMinutes(10), POLL, p -> { }))
                    .isInstanceOf(AdoTransportException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void build_sameId_isSameObject() {
        Build queued = project.startBuild(flaky, "refs/heads/main");

        assertThat(project.build(queued.id())).isSameAs(queued);
        assertThat(project.builds(BuildFilter.ALL.withDefinitions(flaky)).toList()).containsExactly(queued);
    }

    @Test
    void tags_addAndRemove_roundTrip() {
        Build build = project.startBuild(flaky, "main");

        build.addTag("nightly");
        build.addTag("release");
        List<String> after = build.removeTag("nightly");

        assertThat(after).containsExactly("release");
        assertThat(project.builds(BuildFilter.ALL.withTags("release")).toList()).containsExactly(build);
    }

    @Test
    void changesAndWorkItems_commitNamingAWorkItem_isListed() {
        Build first = project.startBuild(flaky, "main");
        Repository repo = project.repository("Fabrikam-Fiber-Git");
        repo.commit("main", "Fix the login page (#42)", List.of(AddFile.of("/fix.txt", "fixed\n")));
        Build second = project.startBuild(flaky, "main");

        assertThat(second.changes()).singleElement().satisfies(c ->
                assertThat(c.message()).isEqualTo("Fix the login page (#42)"));
        assertThat(second.workItemIds()).containsExactly(42);
        assertThat(first.workItemIds()).isEmpty();
    }

    @Test
    void run_cancelAndRetry_actOnItsBuild() {
        Run run = project.pipeline(flaky).startRun(Map.of());
        emulator.clock().advance(Duration.ofSeconds(5));

        run.cancel();
        assertThat(run.result()).contains(RunResult.CANCELED);
        run.retry();

        assertThat(run.waitForCompletion(TIMEOUT, POLL, p -> emulator.clock().advance(Duration.ofSeconds(10))))
                .isTrue();
        assertThat(run.result()).contains(RunResult.SUCCEEDED); // the canceled attempt was the failing one's first
        assertThat(run.stages()).allSatisfy(s -> assertThat(s.attempt()).isEqualTo(2));
        assertThat(run.build().addTags(List.of("a", "b"))).containsExactly("a", "b");
    }

    @Test
    void startBuild_unknownDefinition_isNotFoundWithAdoMessage() {
        assertThatThrownBy(() -> project.startBuild(999, "main"))
                .isInstanceOf(AdoNotFoundException.class).hasMessageContaining("TF215016");
    }

    @Test
    void startBuild_unknownBranch_isBadRequestNamingIt() {
        assertThatThrownBy(() -> project.startBuild(flaky, "no-such-branch"))
                .isInstanceOf(AdoBadRequestException.class).hasMessageContaining("refs/heads/no-such-branch");
    }

    @Test
    void cancel_completedBuild_isBadRequest() {
        Build build = project.startBuild(flaky, "main");
        build.waitForCompletion(TIMEOUT, POLL, p -> emulator.clock().advance(Duration.ofMinutes(1)));

        assertThatThrownBy(build::cancel).isInstanceOf(AdoBadRequestException.class)
                .hasMessageContaining("completed");
    }

    @Test
    void cancel_runningBuild_endsCanceled() {
        Build build = project.startBuild(flaky, "main");
        emulator.clock().advance(Duration.ofSeconds(5));

        build.cancel();

        assertThat(build.refresh().result()).contains(BuildResult.CANCELED);
        assertThat(build.stages().get(1).result()).contains(TaskResult.SKIPPED);
    }

    @Test
    void pipelineRun_templateParameters_runAndComplete() {
        Pipeline ci = project.pipeline(1);

        Run run = ci.startRun(Map.of("configuration", "debug"));
        boolean done = run.waitForCompletion(TIMEOUT, POLL, p -> emulator.clock().advance(Duration.ofSeconds(10)));

        assertThat(done).isTrue();
        assertThat(run.result()).contains(RunResult.SUCCEEDED);
        assertThat(run.info().templateParameters())
                .containsEntry("configuration", new ado.core.json.JsonString("debug"));
        assertThat(run.build().number()).isEqualTo(run.info().name());
        assertThat(ci.runs()).containsExactly(run);
    }

    @Test
    void pipelineRun_disallowedParameter_isBadRequest() {
        assertThatThrownBy(() -> project.pipeline(1).startRun(Map.of("configuration", "fast")))
                .isInstanceOf(AdoBadRequestException.class).hasMessageContaining("fast");
    }

    @Test
    void preview_substitutesTemplateParameters() {
        String yaml = project.pipeline(1).preview(Map.of("configuration", "debug"));

        assertThat(yaml).contains("stage: Build").contains("value: debug");
    }

    @Test
    void approval_approve_unblocksDeployStage() {
        Build build = project.startBuild(2, "main");
        emulator.clock().advance(Duration.ofMinutes(5));
        List<Approval> pending = build.approvals(ApprovalStatus.PENDING);
        assertThat(build.refresh().status()).isEqualTo(BuildStatus.IN_PROGRESS);

        pending.get(0).approve("ship it");
        build.waitForCompletion(TIMEOUT, POLL, p -> emulator.clock().advance(Duration.ofSeconds(10)));

        assertThat(pending.get(0).status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(build.result()).contains(BuildResult.SUCCEEDED);
        assertThat(pending.get(0).build()).containsSame(build);
    }

    @Test
    void approval_reject_failsStage() {
        Build build = project.startBuild(2, "main");
        emulator.clock().advance(Duration.ofMinutes(5));

        build.approvals(ApprovalStatus.PENDING).get(0).reject("not today");

        assertThat(build.refresh().result()).contains(BuildResult.FAILED);
        assertThat(build.stages().get(1).result()).contains(TaskResult.FAILED);
    }

    @Test
    void approval_alreadyAnswered_isBadRequest() {
        project.startBuild(2, "main");
        emulator.clock().advance(Duration.ofMinutes(5));
        Approval approval = project.approvals(ApprovalStatus.PENDING).get(0);
        approval.approve("yes");

        assertThatThrownBy(() -> approval.reject("no")).isInstanceOf(AdoBadRequestException.class)
                .hasMessageContaining("already been completed");
    }
}
