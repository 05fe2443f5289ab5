package ado.benchmarks;

import ado.core.json.JsonCodec;
import ado.emulator.AdoEmulator;
import ado.model.wit.WorkItemFieldName;
import ado.model.wit.WorkItemPatch;
import ado.model.wit.WorkItems;
import ado.oop.AzureDevOpsService;
import ado.oop.Project;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Bulk work item reads: {@code project.workItems(10,000 ids)} (50 batches of 200, up to 8 in flight) against the
 * emulator with 20 ms added to every request, versus the same 50 batches fetched one after another
 * ({@code workItems(ids, 1)}, the same code path with one batch in flight), and versus reading the work items one
 * by one ({@code project.workItem(id).refresh()}, one GET each; timed on the first {@code oneByOne} ids of each
 * round, 500 by default, and scaled to all of them, since 10,000 GETs at 20 ms would take over 200 s a round). Each variant runs twice to warm up,
 * then {@code rounds} times interleaved; the medians, their ratio and the process CPU time (client and emulator run
 * in this one JVM) are printed. With 20 ms per request, the one-after-another figure is 50 x (20 ms + the CPU of
 * one batch); the concurrent one is bounded by the CPU of all 50 batches, so on a busy machine the ratio measures
 * the CPU available as much as the client.
 *
 * <p>Bulk work item writes: {@code project.updateWorkItems(changes, 8)} ({@code updates} single PATCH requests
 * with {@code test /rev}, 1,000 by default, on the first work items seeded) versus the same updates one after
 * another ({@code workItem.update(fields)}), once to warm up, then {@code rounds} times interleaved; medians and
 * their ratio printed as for the reads. {@code updates} 0 skips them.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar ado.benchmarks.WorkItemBulkRun [items] [rounds]
 * [latencyMillis] [oneByOne] [updates]}
 */
public final class WorkItemBulkRun {

    private WorkItemBulkRun() {
    }

    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Duration latency = Duration.ofMillis(args.length > 2 ? Integer.parseInt(args[2]) : 20);
        int sample = Math.min(items, args.length > 3 ? Integer.parseInt(args[3]) : 500);
        int updates = Math.min(items, args.length > 4 ? Integer.parseInt(args[4]) : 1_000);
        // jdk.httpserver answers without TCP_NODELAY unless told: every small write then waits for a delayed ACK
        // (about 40 ms), which no real server adds; set before the emulator's server class is loaded
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        try (AdoEmulator emulator = AdoEmulator.builder().latency(latency).threads(32).start()) {
            List<Integer> ids = seed(emulator.client().api().project("Fabrikam-Fiber-Git"), items);
            // the built-in codec, as an application without ado.json on its module path has
            var client = emulator.clientBuilder().jsonCodec(JsonCodec.builtin()).build();
            Project project = AzureDevOpsService.of(client).organization().project("Fabrikam-Fiber-Git");
            for (int warm = 0; warm < 2; warm++) {
                check(project.workItems(ids), ids);
                check(project.workItems(ids, 1), ids);
            }
            long[] concurrent = new long[rounds];
            long[] sequential = new long[rounds];
            long[] oneByOne = new long[rounds];
            long[] concurrentCpu = new long[rounds];
            long[] sequentialCpu = new long[rounds];
            for (int r = 0; r < rounds; r++) {
                long cpu = cpuMillis();
                concurrent[r] = time(() -> check(project.workItems(ids), ids));
                concurrentCpu[r] = cpuMillis() - cpu;
                cpu = cpuMillis();
                sequential[r] = time(() -> check(project.workItems(ids, 1), ids));
                sequentialCpu[r] = cpuMillis() - cpu;
                // a fresh service: its identity map holds nothing, so every refresh is one GET of one work item
                Project fresh = AzureDevOpsService.of(client).organization().project("Fabrikam-Fiber-Git");
                List<Integer> first = ids.subList(0, sample);
                oneByOne[r] = time(() -> first.forEach(id -> fresh.workItem(id).refresh())) * items / sample;
                System.out.printf("round %d: concurrent %,d ms (process CPU %,d ms), one after another %,d ms "
                        + "(process CPU %,d ms), one by one %,d ms (%d timed, scaled)%n", r + 1, concurrent[r],
                        concurrentCpu[r], sequential[r], sequentialCpu[r], oneByOne[r], sample);
            }
            long c = median(concurrent);
            long s = median(sequential);
            System.out.printf("%,d work items, %d batches of 200, %d ms latency per request: workItems(ids) "
                            + "(parallelism %d) median %,d ms; batches one after another median %,d ms; %.1fx "
                            + "(process CPU per run, client and emulator: median %,d ms and %,d ms; %d cores, "
                            + "load average %.1f)%n",
                    items, (items + 199) / 200, latency.toMillis(), Project.DEFAULT_WORK_ITEM_PARALLELISM, c, s,
                    (double) s / c, median(concurrentCpu), median(sequentialCpu),
                    Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            long o = median(oneByOne);
            System.out.printf("one by one (project.workItem(id).refresh(), %d of %,d timed per round, scaled): median "
                    + "%,d ms; workItems(ids) is %.1fx faster%n", sample, items, o, (double) o / c);
            if (updates > 0) {
                writes(project, ids.subList(0, updates), rounds, latency);
            }
        }
    }

    /** Times {@code updateWorkItems} (parallelism 8) against one update after another on work items {@code ids}. */
    private static void writes(Project project, List<Integer> ids, int rounds, Duration latency) {
        List<ado.oop.WorkItem> items = project.workItems(ids); // loaded: each object holds the revision to test
        long[] bulk = new long[rounds];
        long[] sequential = new long[rounds];
        long[] bulkCpu = new long[rounds];
        long[] sequentialCpu = new long[rounds];
        for (int r = -1; r < rounds; r++) { // round -1 warms both up
            String title = "Updated in round " + r;
            long cpu = cpuMillis();
            long b = time(() -> {
                List<ado.oop.WriteOutcome<ado.oop.WorkItem>> outcomes = project.updateWorkItems(items.stream()
                        .map(w -> new ado.oop.WorkItemChange(w, Map.of(WorkItemFieldName.TITLE, title + " bulk")))
                        .toList(), Project.DEFAULT_WORK_ITEM_PARALLELISM);
                if (!ado.oop.WriteOutcome.failures(outcomes).isEmpty()) {
                    throw new IllegalStateException("updates not written: " + ado.oop.WriteOutcome.failures(outcomes));
                }
            });
            long bc = cpuMillis() - cpu;
            cpu = cpuMillis();
            long s = time(() -> items.forEach(w -> w.update(Map.of(WorkItemFieldName.TITLE, title + " single"))));
            long sc = cpuMillis() - cpu;
            if (r >= 0) {
                bulk[r] = b;
                bulkCpu[r] = bc;
                sequential[r] = s;
                sequentialCpu[r] = sc;
                System.out.printf("writes round %d: updateWorkItems %,d ms (process CPU %,d ms), one after another "
                        + "%,d ms (process CPU %,d ms)%n", r + 1, b, bc, s, sc);
            }
        }
        long b = median(bulk);
        long s = median(sequential);
        System.out.printf("%,d updates, %d ms latency per request: updateWorkItems(changes, %d) median %,d ms; one "
                        + "after another median %,d ms; %.1fx (process CPU per run: median %,d ms and %,d ms; load "
                        + "average %.1f)%n", ids.size(), latency.toMillis(), Project.DEFAULT_WORK_ITEM_PARALLELISM, b,
                s, (double) s / b, median(bulkCpu), median(sequentialCpu),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /**
     * Creates {@code n} tasks in {@code project} through the API, 32 at a time (an emulator's latency applies to
     * these requests too); {@link BulkServer} seeds its emulator the same way.
     *
     * @return their ids, in creation order
     */
    static List<Integer> seed(ado.core.ApiCall project, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            var futures = new ArrayList<Future<Integer>>();
            for (int i = 0; i < n; i++) {
                int k = i;
                futures.add(pool.submit(() -> WorkItems.create(project, "Task", WorkItemPatch.of(Map.of(
                        WorkItemFieldName.TITLE, "Bulk work item " + k, WorkItemFieldName.DESCRIPTION,
                        "<p>Benchmark data " + k + "</p>", WorkItemFieldName.TAGS, "bench; bulk"))).id()));
            }
            var ids = new ArrayList<Integer>(n);
            for (Future<Integer> f : futures) {
                ids.add(f.get());
            }
            return ids;
        } finally {
            pool.shutdown();
        }
    }

    private static void check(List<ado.oop.WorkItem> read, List<Integer> ids) {
        if (read.size() != ids.size() || read.get(read.size() - 1).id() != ids.get(ids.size() - 1)) {
            throw new IllegalStateException("expected " + ids.size() + " work items in order, got " + read.size());
        }
    }

    private static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
    }

    private static long time(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
