package ado.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A companion to {@link ClientBenchmark} for a shared machine: runs the same scenarios for both clients interleaved,
 * round by round (so both see the same load), and records per scenario the wall time and the CPU time of the whole
 * process (client, HttpClient threads, the in-process server and GC; the server's share is the same for both
 * clients). Other processes' load inflates the CPU time far less than the wall time. The process CPU clock ticks in
 * 10 ms steps on Linux, so the CPU figure is the mean over all runs (total / runs), not a per-run median. To show where
 * the CPU goes it also records the calling thread's own CPU time and allocation (exact, per thread) and the
 * collectors' accumulated time.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar ado.benchmarks.ClientCpuRun [rounds [clients]]}, clients
 * a comma-separated list of {@code ado4j}, {@code floor} and {@code floor-stream} (default {@code ado4j,floor}); the
 * ratio table compares the first client with each other.
 */
public final class ClientCpuRun {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static Object sink;

    private ClientCpuRun() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int warmupRounds = Math.max(4, rounds / 2);
        String[] clients = args.length > 1 ? args[1].split(",") : new String[] {"ado4j", "floor"};
        var ops = new LinkedHashMap<String, Supplier<Object>>();
        var states = new ArrayList<ClientBenchmark>();
        for (String client : clients) {
            var state = new ClientBenchmark();
            state.client = client;
            state.setUp(); // checks that both clients return equal records
            states.add(state);
        }
        String[] scenarios = {"projectList500", "workItemBatch100x200", "pullRequests1000", "builds1000"};
        for (String scenario : scenarios) {
            for (int c = 0; c < clients.length; c++) {
                ClientBenchmark s = states.get(c);
                Supplier<Object> op = switch (scenario) {
                    case "projectList500" -> s::projectList500;
                    case "workItemBatch100x200" -> s::workItemBatch100x200;
                    case "pullRequests1000" -> s::pullRequests1000;
                    default -> s::builds1000;
                };
                ops.put(scenario + " " + clients[c], op);
            }
        }
        Map<String, List<long[]>> samples = new LinkedHashMap<>();
        try {
            for (int round = 0; round < warmupRounds + rounds; round++) {
                for (var op : ops.entrySet()) {
                    long gc0 = gcMillis();
                    long alloc0 = THREADS.getCurrentThreadAllocatedBytes();
                    long caller0 = THREADS.getCurrentThreadCpuTime();
                    long cpu0 = OS.getProcessCpuTime();
                    long wall0 = System.nanoTime();
                    sink = op.getValue().get();
                    long wall = System.nanoTime() - wall0;
                    long cpu = OS.getProcessCpuTime() - cpu0;
                    long caller = THREADS.getCurrentThreadCpuTime() - caller0;
                    long alloc = THREADS.getCurrentThreadAllocatedBytes() - alloc0;
                    long gc = gcMillis() - gc0;
                    if (round >= warmupRounds) {
                        samples.computeIfAbsent(op.getKey(), k -> new ArrayList<>())
                                .add(new long[] {cpu, wall, caller, alloc, gc});
                    }
                }
            }
        } finally {
            states.forEach(ClientBenchmark::tearDown);
        }
        System.out.println("| scenario | client | runs | process CPU ms mean | wall ms median | wall p10 | wall p90 "
                + "| caller-thread CPU ms mean | caller-thread MB allocated | GC ms mean |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        var medians = new LinkedHashMap<String, double[]>();
        for (var e : samples.entrySet()) {
            long[] cpu = e.getValue().stream().mapToLong(s -> s[0]).sorted().toArray();
            long[] wall = e.getValue().stream().mapToLong(s -> s[1]).sorted().toArray();
            String[] parts = e.getKey().split(" ");
            double meanCpu = Arrays.stream(cpu).sum() / (double) cpu.length;
            double caller = e.getValue().stream().mapToLong(s -> s[2]).average().orElse(Double.NaN);
            double alloc = e.getValue().stream().mapToLong(s -> s[3]).average().orElse(Double.NaN);
            double gc = e.getValue().stream().mapToLong(s -> s[4]).average().orElse(Double.NaN);
            System.out.printf("| %s | %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%n", parts[0], parts[1],
                    cpu.length, meanCpu / 1e6, median(wall) / 1e6, wall[wall.length / 10] / 1e6,
                    wall[wall.length * 9 / 10] / 1e6, caller / 1e6, alloc / 1e6, gc);
            medians.put(e.getKey(), new double[] {meanCpu, median(wall)});
        }
        System.out.println();
        System.out.println("| scenario | versus | throughput ratio by CPU | by wall |");
        System.out.println("|---|---|---:|---:|");
        for (String scenario : scenarios) {
            double[] a = medians.get(scenario + " " + clients[0]);
            for (int c = 1; c < clients.length; c++) {
                double[] f = medians.get(scenario + " " + clients[c]);
                System.out.printf("| %s | %s / %s | %.2fx | %.2fx |%n", scenario, clients[0], clients[c],
                        f[0] / a[0], f[1] / a[1]);
            }
        }
        if (sink == null) {
            System.out.println();
        }
    }

    /** {@return the total collection time of all collectors so far, in ms (pauses and concurrent cycles)} */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static double median(long[] sorted) {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
    }
}
