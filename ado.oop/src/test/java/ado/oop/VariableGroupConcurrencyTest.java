package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.RetryPolicy;
import ado.core.error.AdoConflictException;
import ado.core.error.AdoException;
import ado.core.json.JsonObject;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.distributedtask.VariableValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Variable groups written by many threads and by two services (as two processes would): no write that reported
 * success is lost, and a write whose answer was lost is recognised as stored or applied again, never duplicated.
 */
@ExtendWith(AdoEmulatorExtension.class)
class VariableGroupConcurrencyTest {

    private static final String P = "Fabrikam-Fiber-Git";
    private static final int THREADS = 8;
    private static final int PER_THREAD = 10;
    private static AdoEmulator emulator;

    @BeforeAll
    static void start(AdoEmulator started) {
        emulator = started;
    }

    @AfterEach
    void clearFaults() {
        emulator.faults().clear();
    }

    private static Project project(RetryPolicy policy) {
        return AzureDevOpsService.of(emulator.clientBuilder().retryPolicy(policy).build()).organization().project(P);
    }

    private static int create(String name) {
        return project(RetryPolicy.defaults()).pipelineResources()
                .createVariableGroup(name, null, Map.of("seed", VariableValue.of("s"))).id();
    }

    private static JsonObject storedVariables(int id) {
        return (JsonObject) ((JsonObject) emulator.library().variableGroupDocument(P, id)).get("variables");
    }

    /** What {@link #hammer} saw: the keys whose write reported success, and the failures by type. */
    private record Outcome(List<String> succeeded, Map<String, Integer> failures) {
    }

    /** {@code THREADS} threads, thread {@code t} writing through {@code projects.apply(t)}, distinct keys each. */
    private static Outcome hammer(String group, IntFunction<Project> projects) throws Exception {
        List<String> succeeded = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Project project = projects.apply(t);
                done.add(pool.submit(() -> {
                    for (int i = 0; i < PER_THREAD; i++) {
                        String key = "t" + thread + "-" + i;
                        try {
                            // a new lookup each time
                            project.pipelineResources().variableGroup(group).setVariable(key, "v" + i, false);
                            succeeded.add(key);
                        } catch (AdoException e) {
                            failures.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(100, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(List.copyOf(succeeded), Map.copyOf(failures));
    }

    @Test
    @Timeout(120)
    void setVariable_eightThreadsOneService_distinctKeys_noneLostNoneFailed() throws Exception {
        int id = create("concurrent-one");
        Project shared = project(RetryPolicy.defaults());

        Outcome outcome = hammer("concurrent-one", t -> shared);

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.succeeded()).hasSize(THREADS * PER_THREAD);
        assertThat(storedVariables(id).members().keySet()).containsAll(outcome.succeeded()).contains("seed");
    }

    @Test
    @Timeout(120)
    void setVariable_eightThreadsTwoServices_noWriteReportedStoredIsLost() throws Exception {
        int id = create("concurrent-two");
        Project first = project(RetryPolicy.defaults());
        Project second = project(RetryPolicy.defaults());

        Outcome outcome = hammer("concurrent-two", t -> t % 2 == 0 ? first : second);

        var stored = storedVariables(id).members().keySet();
        List<String> lost = outcome.succeeded().stream().filter(k -> !stored.contains(k)).toList();
        System.out.println("two services, " + THREADS + "x" + PER_THREAD + " setVariable: succeeded="
                + outcome.succeeded().size() + " failures=" + outcome.failures() + " lostAfterSuccess=" + lost.size());
        assertThat(lost).as("writes that reported success but are not stored").isEmpty();
        assertThat(outcome.failures().keySet()).allMatch(AdoConflictException.class.getSimpleName()::equals);
        assertThat(stored).contains("seed");
    }

    @Test
    @Timeout(60)
    void setVariable_removedBySameServiceRightAfterward_isNotWrittenAgainByTheSecondCheck() throws Exception {
        int id = create("undone-here");
        Project project = project(RetryPolicy.defaults());
        VariableGroup group = project.pipelineResources().variableGroup(id);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> set = pool.submit(() -> group.setVariable("k", "v", false));
            while (!storedVariables(id).has("k")) {
                Thread.sleep(1);
            }
            group.refresh().removeVariable("k");          // a later writer of the same service undoes it

            set.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        Thread.sleep(ResourceWriter.SETTLE_MIN_MILLIS * 3L);
        assertThat(storedVariables(id).members()).doesNotContainKey("k").containsKey("seed");
    }

    @Test
    @Timeout(60)
    void setVariable_answerCutOffAfterTheWriteWasApplied_reportsSuccessAndWritesOnce() {
        int id = create("cut-off");
        Project project = project(RetryPolicy.none());
        String path = "/_apis/distributedtask/variablegroups/" + id;
        long puts = emulator.requests().count("PUT", path);
        emulator.faults().on("PUT", path).truncateBody();

        project.pipelineResources().variableGroup("cut-off").setVariable("k", "v", false);

        assertThat(emulator.requests().count("PUT", path)).isEqualTo(puts + 1);
        assertThat(storedVariables(id).members()).containsKeys("k", "seed");
    }

    @Test
    @Timeout(60)
    void setVariable_connectionDroppedAfterTheWriteWasApplied_reportsSuccessAndWritesOnce() {
        int id = create("applied-dropped");
        Project project = project(RetryPolicy.none());
        String path = "/_apis/distributedtask/variablegroups/" + id;
        long puts = emulator.requests().count("PUT", path);
        emulator.faults().on("PUT", path).resetAfterApply();

        VariableGroup group = project.pipelineResources().variableGroup(id).setVariable("secret", "s3cr3t", true);

        assertThat(emulator.requests().count("PUT", path)).isEqualTo(puts + 1);
        assertThat(((JsonObject) storedVariables(id).get("secret")).string("value")).contains("s3cr3t");
        assertThat(group.variables().get("secret").secret()).isTrue();
    }

    @Test
    @Timeout(60)
    void removeVariable_connectionDroppedBeforeTheWriteWasApplied_writesItAgain() {
        int id = create("not-applied");
        Project project = project(RetryPolicy.none());
        String path = "/_apis/distributedtask/variablegroups/" + id;
        long puts = emulator.requests().count("PUT", path);
        emulator.faults().on("PUT", path).resetAfterRead();

        project.pipelineResources().variableGroup(id).removeVariable("seed");

        assertThat(emulator.requests().count("PUT", path)).isEqualTo(puts + 2);
        assertThat(storedVariables(id).members()).doesNotContainKey("seed");
    }
}
