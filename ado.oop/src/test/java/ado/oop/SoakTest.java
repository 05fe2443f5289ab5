package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.AdoClient;
import ado.core.RetryPolicy;
import ado.core.error.AdoConflictException;
import ado.core.error.AdoException;
import ado.core.error.AdoOutcomeUnknownException;
import ado.core.error.AdoTransportException;
import ado.emulator.AdoEmulator;
import ado.emulator.Faults;
import ado.model.distributedtask.VariableValue;
import ado.model.git.GitCommitSearchCriteria;
import ado.model.git.GitVersionDescriptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A soak: 16 threads share one {@link AzureDevOpsService} (and a few use a second one, as a second process would)
 * against the emulator while faults are injected at random, doing mixed reads, commits, work item updates, tag edits
 * and variable group edits. At the end it checks what must hold whatever the faults: no write that reported success
 * is lost, no commit is duplicated, every failure is an {@link AdoException}, no thread is left blocked, and the
 * identity map is flat again.
 *
 * <p>Variable groups are not versioned by Azure DevOps, so a writer in another process that read a group before this
 * process's write and writes its stale copy after this process's last check erases the change, and nobody can tell
 * (see {@code VariableGroup}). The soak therefore uses two groups: {@value #GROUP}, written by the threads of one
 * service, where no change reported as done may be lost; and {@value #CROSS}, written by both services, where the
 * losses through that cross-process window are counted and reported, not asserted.
 *
 * <p>CI runs it for {@value #DEFAULT_SECONDS} seconds; a longer run:
 * {@code mvn -B -pl ado.oop -am verify -Dtest=SoakTest -Dsurefire.failIfNoSpecifiedTests=false -Dado.soak.seconds=300}.
 * Figures (operations per second, latency percentiles, errors by type) go to standard output.
 */
class SoakTest {

    private static final int DEFAULT_SECONDS = 20;
    private static final int THREADS = 16;
    /** Threads {@code 0 .. SECOND_SERVICE_THREADS-1} use the second service: another "process" on the same group. */
    private static final int SECOND_SERVICE_THREADS = 4;
    private static final String P = "Fabrikam-Fiber-Git";
    private static final String GROUP = "soak-group";
    private static final String CROSS = "soak-cross";

    private AdoEmulator emulator;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private AzureDevOpsService service() {
        AdoClient client = emulator.clientBuilder()
                .retryPolicy(RetryPolicy.builder().maxAttempts(5).baseDelay(Duration.ofMillis(20))
                        .maxDelay(Duration.ofMillis(400)).maxTotalTime(Duration.ofSeconds(20)).build())
                .requestTimeout(Duration.ofSeconds(10))
                .build();
        return AzureDevOpsService.of(client);
    }

    @Test
    @Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES)
    void soak_sixteenThreadsWithFaults_noLostOrDuplicatedWriteAndOnlyTypedErrors() throws Exception {
        int seconds = Integer.getInteger("ado.soak.seconds", DEFAULT_SECONDS);
        AzureDevOpsService one = service();
        AzureDevOpsService two = service();
        Project setup = one.organization().project(P);
        Repository repo = setup.repository(P);
        for (int t = 0; t < THREADS; t++) {
            repo.createBranch(branch(t), "main");
        }
        setup.pipelineResources().createVariableGroup(GROUP, "soak", Map.of("seed", VariableValue.of("0")));
        setup.pipelineResources().createVariableGroup(CROSS, "soak across services",
                Map.of("seed", VariableValue.of("0")));
        int sharedItem = setup.createWorkItem("Task", Map.of("System.Title", "soak shared")).id();
        int[] ownItems = new int[THREADS];
        for (int t = 0; t < THREADS; t++) {
            ownItems[t] = setup.createWorkItem("Task", Map.of("System.Title", "soak t" + t + " start")).id();
        }

        var ledger = new Ledger();
        var stop = new AtomicBoolean();
        var chaos = new Thread(() -> chaos(emulator.faults(), stop), "soak-chaos");
        chaos.setDaemon(true);
        List<Thread> workers = new ArrayList<>();
        long begin = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            int id = t;
            AzureDevOpsService service = t < SECOND_SERVICE_THREADS ? two : one;
            Thread worker = new Thread(() -> work(id, service, ownItems[id], sharedItem, ledger, stop),
                    "soak-" + t);
            worker.setDaemon(true);
            workers.add(worker);
        }
        chaos.start();
        workers.forEach(Thread::start);
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        chaos.join(5_000);
        List<String> blocked = new ArrayList<>();
        for (Thread worker : workers) {
            worker.join(60_000);
            if (worker.isAlive()) {
                blocked.add(worker.getName() + " " + List.of(worker.getStackTrace()).subList(0,
                        Math.min(8, worker.getStackTrace().length)));
            }
        }
        long elapsedNanos = System.nanoTime() - begin;
        emulator.faults().clear();

        System.out.println(ledger.report(elapsedNanos));
        assertThat(blocked).as("threads still blocked 60 s after the soak ended").isEmpty();
        assertThat(ledger.untyped).as("failures outside the AdoException family").isEmpty();
        assertThat(ledger.operations.get()).as("operations that succeeded").isGreaterThan(THREADS);

        AzureDevOpsService checker = AzureDevOpsService.of(emulator.client());
        Project project = checker.organization().project(P);
        checkCommits(project.repository(P), ledger);
        checkWorkItems(project, ownItems, sharedItem, ledger);
        checkVariables(project, ledger);
        assertThat(flatIdentityMap(one)).as("identity map of service one after GC").isLessThan(200);
        assertThat(flatIdentityMap(two)).as("identity map of service two after GC").isLessThan(200);
    }

    private static String branch(int thread) {
        return "soak/t" + thread;
    }

    /** One worker: a random mix of operations until told to stop; every outcome goes to the ledger. */
    private static void work(int t, AzureDevOpsService service, int ownItem, int sharedItem, Ledger ledger,
                             AtomicBoolean stop) {
        var random = new SplittableRandom(t * 7919L);
        int n = 0;
        while (!stop.get()) {
            n++;
            int op = random.nextInt(10);
            String key = "t" + t + "n" + n;
            long start = System.nanoTime();
            try {
                Project project = service.organization().project(P);
                switch (op) {
                    case 0, 1 -> project.repository(P).file("/README.md", "main");
                    case 2 -> project.workItem(sharedItem).refresh().title();
                    case 3, 4 -> {
                        ledger.attempt("commit", key);
                        project.repository(P).commit(branch(t), "soak " + key, List.of(AddFile.of("/soak/" + key + ".txt",
                                key)));
                        ledger.success("commit", key);
                    }
                    case 5 -> {
                        ledger.attempt("title" + t, key);
                        project.workItem(ownItem).refresh().update(Map.of("System.Title", key));
                        ledger.success("title" + t, key);
                    }
                    case 6 -> {
                        ledger.attempt("tag", key);
                        project.workItem(sharedItem).refresh().addTag(key);
                        ledger.success("tag", key);
                    }
                    default -> {
                        // the second service's threads and as many of the first's share the cross-process group
                        boolean cross = t < SECOND_SERVICE_THREADS || t < 2 * SECOND_SERVICE_THREADS && n % 2 == 0;
                        String kind = cross ? "cross" : "variable";
                        ledger.attempt(kind, key);
                        project.pipelineResources().variableGroup(cross ? CROSS : GROUP)
                                .setVariable(key, "v" + n, false);
                        ledger.success(kind, key);
                    }
                }
                ledger.latency(System.nanoTime() - start);
            } catch (AdoException e) {
                ledger.failure(e);
            } catch (RuntimeException | Error e) {
                ledger.untyped.add(Thread.currentThread().getName() + ": " + e);
            }
        }
    }

    /** Injects one random fault at a time on the routes the workers use. */
    private static void chaos(Faults faults, AtomicBoolean stop) {
        var random = new SplittableRandom(42);
        String[][] targets = {
                {"POST", "/pushes"}, {"GET", "/items"}, {"PATCH", "/workitems/"}, {"GET", "/workitems/"},
                {"PUT", "/variablegroups/"}, {"GET", "/variablegroups"}, {"GET", "/refs"}, {"GET", "/projects/"}};
        List<Consumer<Faults.Rule>> kinds = List.of(
                r -> r.status(503), r -> r.status(502), r -> r.throttle429(1), r -> r.resetBeforeRead(),
                r -> r.resetAfterRead(), r -> r.truncateBody(), r -> r.delay(Duration.ofMillis(300)));
        while (!stop.get()) {
            String[] target = targets[random.nextInt(targets.length)];
            kinds.get(random.nextInt(kinds.size())).accept(faults.onRegex(target[0], target[1]).once());
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void checkCommits(Repository repo, Ledger ledger) {
        List<String> messages = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            repo.commits(GitCommitSearchCriteria.from(GitVersionDescriptor.branch(branch(t))), 1000)
                    .map(Commit::message).map(String::strip).filter(m -> m.startsWith("soak "))
                    .map(m -> m.substring("soak ".length())).forEach(messages::add);
        }
        Map<String, Long> counts = messages.stream().collect(Collectors.groupingBy(m -> m, Collectors.counting()));
        assertThat(counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey))
                .as("commits that landed twice").isEmpty();
        assertThat(ledger.successes("commit")).as("commits reported done but not on their branch")
                .allMatch(counts::containsKey);
        assertThat(counts.keySet()).as("commits on a branch that were never attempted")
                .allMatch(ledger.attempts("commit")::contains);
    }

    private static void checkWorkItems(Project project, int[] ownItems, int sharedItem, Ledger ledger) {
        for (int t = 0; t < THREADS; t++) {
            List<String> attempts = ledger.attemptsInOrder("title" + t);
            Set<String> successes = ledger.successes("title" + t);
            if (successes.isEmpty()) {
                continue;
            }
            String lastSuccess = attempts.stream().filter(successes::contains).reduce((a, b) -> b).orElseThrow();
            // a later attempt may have landed although it failed (outcome unknown); an earlier one must not win
            List<String> allowed = attempts.subList(attempts.indexOf(lastSuccess), attempts.size());
            assertThat(project.workItem(ownItems[t]).refresh().title()).as("title of thread %d's item", t)
                    .isIn(allowed);
        }
        List<String> tags = project.workItem(sharedItem).refresh().tags();
        assertThat(tags).as("tags reported added").containsAll(ledger.successes("tag"));
    }

    private static void checkVariables(Project project, Ledger ledger) {
        Map<String, VariableValue> variables = project.pipelineResources().variableGroup(GROUP).refresh().variables();
        assertThat(ledger.successes("variable")).as("variables reported set but lost")
                .allMatch(variables::containsKey);
        Map<String, VariableValue> cross = project.pipelineResources().variableGroup(CROSS).refresh().variables();
        Set<String> done = ledger.successes("cross");
        long lost = done.stream().filter(k -> !cross.containsKey(k)).count();
        System.out.printf("SOAK cross-process group: %d of %d changes reported done were erased by the other "
                + "service's stale writes (the documented cross-process window)%n", lost, done.size());
        assertThat(cross).as("cross-process group still readable and written").isNotEmpty();
    }

    private static int flatIdentityMap(AzureDevOpsService service) throws InterruptedException {
        int size = Integer.MAX_VALUE;
        for (int i = 0; i < 50 && size >= 200; i++) {
            System.gc();
            Thread.sleep(20);
            size = service.identities().size();
        }
        return size;
    }

    /** What the workers tried, what they were told succeeded, how long it took and what failed. */
    private static final class Ledger {
        private final Map<String, List<String>> attempts = new ConcurrentHashMap<>();
        private final Map<String, Set<String>> successes = new ConcurrentHashMap<>();
        private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        private final List<String> untyped = Collections.synchronizedList(new ArrayList<>());
        private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        private final AtomicLong operations = new AtomicLong();

        void attempt(String kind, String key) {
            attempts.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(key);
        }

        void success(String kind, String key) {
            successes.computeIfAbsent(kind, k -> ConcurrentHashMap.newKeySet()).add(key);
        }

        void latency(long nanos) {
            operations.incrementAndGet();
            latencies.add(nanos);
        }

        void failure(AdoException e) {
            String type = e.getClass().getSimpleName();
            if (e instanceof AdoTransportException && !(e instanceof AdoOutcomeUnknownException)
                    && e.getCause() != null) {
                type += "(" + e.getCause().getClass().getSimpleName() + ")";
            } else if (e instanceof AdoConflictException) {
                type = "AdoConflictException";
            }
            errors.computeIfAbsent(type, k -> new AtomicLong()).incrementAndGet();
        }

        Set<String> successes(String kind) {
            return new HashSet<>(successes.getOrDefault(kind, Set.of()));
        }

        Set<String> attempts(String kind) {
            return new HashSet<>(attempts.getOrDefault(kind, List.of()));
        }

        List<String> attemptsInOrder(String kind) {
            synchronized (attempts.getOrDefault(kind, new ArrayList<>())) {
                return new ArrayList<>(attempts.getOrDefault(kind, List.of()));
            }
        }

        String report(long elapsedNanos) {
            List<Long> sorted;
            synchronized (latencies) {
                sorted = new ArrayList<>(latencies);
            }
            Collections.sort(sorted);
            double seconds = elapsedNanos / 1e9;
            Map<String, Long> byType = new TreeMap<>();
            errors.forEach((k, v) -> byType.put(k, v.get()));
            Map<String, Integer> done = new HashMap<>();
            successes.forEach((k, v) -> done.merge(k.startsWith("title") ? "title" : k, v.size(), Integer::sum));
            return String.format("SOAK %d threads, %.1f s: %d ops (%.1f ops/s), p50 %.1f ms, p99 %.1f ms, "
                            + "succeeded writes %s, errors %s", THREADS, seconds, operations.get(),
                    operations.get() / seconds, percentile(sorted, 50), percentile(sorted, 99), new TreeMap<>(done),
                    byType);
        }

        private static double percentile(List<Long> sorted, int p) {
            if (sorted.isEmpty()) {
                return 0;
            }
            return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
        }
    }
}
