package ado.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A companion to {@link JsonBenchmark} for a shared machine: measures each operation's CPU time on the benchmark
 * thread ({@link ThreadMXBean#getCurrentThreadCpuTime()}), which other processes' load inflates far less than wall
 * time. The three implementations run interleaved, round by round, so they see the same conditions. GC work on
 * other threads is not counted; JMH's {@code -prof gc} gives the allocation that drives it.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar ado.benchmarks.CpuTimeRun [rounds]}
 */
public final class CpuTimeRun {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static Object sink;

    private CpuTimeRun() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        String[] codecs = {"builtin", "jackson", "plain"};
        var states = new LinkedHashMap<String, JsonBenchmark>();
        for (String codec : codecs) {
            var state = new JsonBenchmark();
            state.codec = codec;
            state.setUp(); // also checks that the records equal the built-in codec's
            states.put(codec, state);
        }
        Map<String, Supplier<Object>> ops = new LinkedHashMap<>();
        int[] perRound = {20, 4, 200};
        for (String codec : codecs) {
            JsonBenchmark s = states.get(codec);
            ops.put("decodeWorkItemBatch200 " + codec, s::decodeWorkItemBatch200);
            ops.put("decodePullRequestList1000 " + codec, s::decodePullRequestList1000);
            ops.put("encodeJsonPatch500 " + codec, s::encodeJsonPatch500);
        }
        var samples = new LinkedHashMap<String, long[]>();
        int warmupRounds = Math.max(5, rounds / 2);
        for (int round = 0; round < warmupRounds + rounds; round++) {
            int kind = 0;
            for (var op : ops.entrySet()) {
                int n = perRound[kind++ % 3];
                long[] s = samples.computeIfAbsent(op.getKey(), k -> new long[rounds * n]);
                for (int i = 0; i < n; i++) {
                    long start = THREADS.getCurrentThreadCpuTime();
                    sink = op.getValue().get();
                    long cpu = THREADS.getCurrentThreadCpuTime() - start;
                    if (round >= warmupRounds) {
                        s[(round - warmupRounds) * n + i] = cpu;
                    }
                }
            }
        }
        System.out.println("| benchmark | codec | ops | CPU ms/op median | p10 | p90 |");
        System.out.println("|---|---|---:|---:|---:|---:|");
        for (var e : samples.entrySet()) {
            long[] s = e.getValue().clone();
            Arrays.sort(s);
            String[] parts = e.getKey().split(" ");
            System.out.printf("| %s | %s | %d | %.3f | %.3f | %.3f |%n", parts[0], parts[1], s.length,
                    s[s.length / 2] / 1e6, s[s.length / 10] / 1e6, s[s.length * 9 / 10] / 1e6);
        }
        if (sink == null) {
            System.out.println();
        }
    }
}
