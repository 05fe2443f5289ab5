package ado.benchmarks;

import ado.benchmarks.UserCallers.Caller;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import javax.net.ssl.SSLContext;

/**
 * Measures ado4j the way a user meets it: the {@link UserServer} in a JVM of its own (started here with the same
 * {@code java} and class path), plain HTTP and TLS on loopback (the JDK's server, HTTP/1.1), TLS on loopback with
 * HTTP/2 (Jetty, ALPN offering {@code h2} and {@code http/1.1}) and a slow link (added latency, paced bandwidth); the
 * callers ({@link UserCallers}: the floor and its variants, ado4j) in this process, making real calls one after the
 * other or from several threads at once. All runs of one invocation share this process, and the callers take turns
 * block by block (floor, ado4j, floor, ado4j, ...) so that the machine's load falls on all of them alike.
 *
 * <p>Per caller and run it reports milliseconds per call (p50/p90/p99 and mean, each call timed alone), the ratio of
 * the mean to the floor's, calls per second, and the CPU time per call of this process (callers, HttpClient threads,
 * GC) and of the server process, and as the server counted them: the connections the caller opened, the protocol its
 * requests came in ({@code h2} or {@code http/1.1}) and the most requests in flight at once. Output is a markdown
 * table on stdout.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar ado.benchmarks.UserRun --all} (about three minutes on
 * two cores), {@code --quick} for a fifth of the calls; {@code --clients floor,ado4j,...} (from
 * {@link UserCallers#NAMES}), {@code --targets plain,tls,h2,slow}, {@code --threads n} (concurrent rows, default 4, 0
 * for none; the h2 target also has rows at {@code --h2-threads n}, default 16), {@code --max-streams n} (the h2
 * server's {@code SETTINGS_MAX_CONCURRENT_STREAMS}, default 128), {@code --rounds n}, {@code --gzip-level n} (the
 * server's deflate level, default 6), {@code --cold n} (fresh JVMs per caller for the cold-start table, default 10
 * with {@code --all}, else 0).
 */
public final class UserRun {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static volatile Object sink;

    /** A network condition served by one server process. */
    record Target(String name, boolean tls, boolean h2, int latencyMillis, double mbps) {
        String label() {
            String rate = mbps == Math.rint(mbps) ? Long.toString((long) mbps) : Double.toString(mbps);
            return name + (latencyMillis > 0 || mbps > 0 ? " (" + latencyMillis + " ms, " + rate + " Mbit/s)" : "");
        }
    }

    /** One scenario: what a call is and how many items it must return. */
    record Scenario(String name, Function<Caller, List<?>> call, int items) {
    }

    /** One row group: a scenario on a target, {@code calls} calls from {@code threads} callers. */
    record Run(Target target, Scenario scenario, int calls, int threads) {
    }

    /** What one client accumulated in one run. */
    static final class Tally {
        final List<Long> latencies = new ArrayList<>();
        long wall;
        long cpu;
        long serverCpu;
        long upgrades;
        long connections;
        long http2Requests;
        long http1Requests;
        long peakInFlight;

        String protocol() {
            if (http2Requests > 0 && http1Requests == 0) {
                return "h2";
            } else if (http1Requests > 0 && http2Requests == 0) {
                return "http/1.1";
            }
            return http2Requests + " h2, " + http1Requests + " http/1.1";
        }
    }

    static final Scenario PROJECTS = new Scenario("project list GET", Caller::projects, 5);
    static final Scenario BATCH = new Scenario("batch read of 200 work items (1.2 MB)", Caller::workItemBatch,
            UserServer.BATCH_SIZE);
    static final Scenario PULL_REQUESTS = new Scenario("1,000 pull requests by $top/$skip (11 GETs)",
            Caller::pullRequests, UserServer.LIST_SIZE);
    static final Scenario BUILDS = new Scenario("1,000 builds by continuation token (10 GETs)", Caller::builds,
            UserServer.LIST_SIZE);

    private UserRun() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args {@code --all | --quick}, {@code --clients}, {@code --targets}, {@code --threads}, {@code --rounds},
     *             {@code --latency-ms} and {@code --mbps} (the slow link's added latency and bandwidth)
     * @throws Exception if a server does not start or a call fails
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--all") || args[i].equals("--quick")) {
                options.put(args[i].substring(2), "true");
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        int divisor = options.containsKey("quick") ? 5 : 1;
        int rounds = Integer.parseInt(options.getOrDefault("rounds", divisor > 1 ? "3" : "5"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "4"));
        int gzipLevel = Integer.parseInt(options.getOrDefault("gzip-level", "6"));
        int h2Threads = Integer.parseInt(options.getOrDefault("h2-threads", "16"));
        int maxStreams = Integer.parseInt(options.getOrDefault("max-streams",
                Integer.toString(H2ServerProvider.DEFAULT_MAX_STREAMS)));
        List<String> clients = List.of(options.getOrDefault("clients", "floor,floor-h1,floor-gzip,ado4j,ado4j-h1,ado4j-gzip")
                .split(","));
        List<String> targets = List.of(options.getOrDefault("targets", "plain,tls,h2,slow").split(","));

        var plain = new Target("loopback", false, false, 0, 0);
        var tls = new Target("loopback TLS", true, false, 0, 0);
        var h2 = new Target("loopback TLS, Jetty h2", true, true, 0, 0);
        int latency = Integer.parseInt(options.getOrDefault("latency-ms", "20"));
        double mbps = Double.parseDouble(options.getOrDefault("mbps", "50"));
        if (latency < 0 || !(mbps > 0) || Double.isInfinite(mbps)) {
            throw new IllegalArgumentException("the slow link needs --latency-ms >= 0 and a finite --mbps > 0, got "
                    + latency + " ms and " + options.getOrDefault("mbps", "50") + " Mbit/s");
        }
        var slow = new Target("slow link", false, false, latency, mbps);
        var runs = new ArrayList<Run>();
        for (Target t : new Target[] {plain, tls, h2}) {
            if (targets.contains(t.h2() ? "h2" : t.tls() ? "tls" : "plain")) {
                runs.add(new Run(t, PROJECTS, 500 / divisor, 1));
                runs.add(new Run(t, BATCH, 100 / divisor, 1));
                runs.add(new Run(t, PULL_REQUESTS, 25 / divisor, 1));
                runs.add(new Run(t, BUILDS, 25 / divisor, 1));
                if (threads > 1) {
                    runs.add(new Run(t, PROJECTS, 1000 / divisor, threads));
                    runs.add(new Run(t, BATCH, 100 / divisor, threads));
                }
                if (t.h2() && h2Threads > 1 && h2Threads != threads) { // many streams on one connection
                    runs.add(new Run(t, PROJECTS, 1000 / divisor, h2Threads));
                    runs.add(new Run(t, BATCH, 100 / divisor, h2Threads));
                }
            }
        }
        if (targets.contains("slow")) {
            runs.add(new Run(slow, PROJECTS, 50 / divisor, 1));
            runs.add(new Run(slow, BATCH, 20 / divisor, 1));
        }

        System.out.printf("# UserRun %s: %s, %d processors, load average %.2f, clients %s, %d rounds%n%n",
                Instant.now(), Runtime.version(), Runtime.getRuntime().availableProcessors(),
                OS.getSystemLoadAverage(), clients, rounds);
        printSizes(gzipLevel);
        Path dir = Files.createTempDirectory("ado4j-bench");
        Path keystore = BenchTls.generate(dir);
        SSLContext trust = BenchTls.clientContext(keystore);
        var servers = new LinkedHashMap<Target, ServerProcess>();
        var callers = new LinkedHashMap<Target, Map<String, Caller>>();
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            var t = new Thread(r, "bench-caller");
            t.setDaemon(true);
            return t;
        });
        try {
            for (Run run : runs) {
                Target t = run.target();
                if (!servers.containsKey(t)) {
                    servers.put(t, ServerProcess.start(t.tls() ? keystore : null, t.latencyMillis(), t.mbps(),
                            gzipLevel, t.h2(), maxStreams));
                    var byName = new LinkedHashMap<String, Caller>();
                    for (String name : clients) {
                        byName.put(name, UserCallers.create(name, servers.get(t).organization(),
                                t.tls() ? trust : null));
                    }
                    callers.put(t, byName);
                    check(t, byName);
                    if (t == runs.get(0).target()) {
                        warmUp(byName, divisor);
                    }
                }
            }
            var ado4j = callers.values().stream().flatMap(m -> m.values().stream())
                    .filter(c -> c instanceof UserCallers.Ado4j).findFirst();
            ado4j.ifPresent(c -> System.out.println("ado4j's JSON codec (defaults): "
                    + ((UserCallers.Ado4j) c).codec() + "\n"));
            System.out.println("| target | scenario | callers | client | calls | p50 ms | p90 ms | p99 ms | mean ms "
                    + "| mean / floor | calls/s | caller CPU ms/call | server CPU ms/call | h2c upgrade requests "
                    + "| new connections | protocol | peak in flight |");
            System.out.println("|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|");
            for (Run run : runs) {
                var results = measure(run, callers.get(run.target()), servers.get(run.target()), trust, rounds, pool);
                print(run, results);
            }
            int cold = Integer.parseInt(options.getOrDefault("cold", options.containsKey("all") ? "10" : "0"));
            if (cold > 0) {
                try (var server = ServerProcess.start(null, 0, 0)) {
                    ColdStart.measure(server.organization(), List.of("floor", "ado4j"), cold);
                }
            }
            System.out.printf("%nload average at the end %.2f%n", OS.getSystemLoadAverage());
        } finally {
            pool.shutdownNow();
            servers.values().forEach(ServerProcess::close);
            Files.deleteIfExists(keystore);
            Files.deleteIfExists(dir);
        }
    }

    /** Prints the body sizes the server sends, plain and gzipped at {@code level}. */
    private static void printSizes(int level) throws java.io.IOException {
        var data = new BenchData(42);
        var writer = ado.core.json.JsonCodec.builtin();
        var bodies = new LinkedHashMap<String, byte[]>();
        bodies.put("project list", data.projectList(5, writer));
        bodies.put("work item batch", data.workItemBatch(UserServer.BATCH_SIZE, writer));
        bodies.put("pull request page", data.pullRequestPages(UserServer.LIST_SIZE, UserServer.PAGE_SIZE, writer)
                .get(0));
        bodies.put("build page", data.buildPages(UserServer.LIST_SIZE, UserServer.PAGE_SIZE, writer).get(0));
        var line = new StringBuilder("bodies (plain / gzip level " + level + "):");
        for (var e : bodies.entrySet()) {
            line.append(String.format(" %s %,d / %,d B;", e.getKey(), e.getValue().length,
                    UserServer.gzip(e.getValue(), level).length));
        }
        System.out.println(line + "\n");
    }

    /** Every caller once per scenario: the right number of items, and the same records as the first caller. */
    private static void check(Target target, Map<String, Caller> callers) {
        for (Scenario s : List.of(PROJECTS, BATCH, PULL_REQUESTS, BUILDS)) {
            List<?> first = null;
            String firstName = null;
            for (var e : callers.entrySet()) {
                List<?> got = s.call().apply(e.getValue());
                if (got.size() != s.items()) {
                    throw new IllegalStateException(e.getKey() + " on " + target.label() + ", " + s.name() + ": "
                            + got.size() + " items, expected " + s.items());
                }
                if (first == null) {
                    first = got;
                    firstName = e.getKey();
                } else if (!first.equals(got)) {
                    System.out.println("note: " + e.getKey() + " and " + firstName + " decode " + s.name()
                            + " into records that are not equal");
                }
            }
        }
    }

    /** JIT warm-up before anything is measured: every caller through every scenario, interleaved. */
    private static void warmUp(Map<String, Caller> callers, int divisor) {
        for (int round = 0; round < 3; round++) {
            for (Caller c : callers.values()) {
                for (int i = 0; i < 200 / divisor; i++) {
                    sink = c.projects();
                }
                for (int i = 0; i < 20 / divisor; i++) {
                    sink = c.workItemBatch();
                }
                for (int i = 0; i < 4; i++) {
                    sink = c.pullRequests();
                    sink = c.builds();
                }
            }
        }
    }

    private static Map<String, Tally> measure(Run run, Map<String, Caller> callers, ServerProcess server,
                                              SSLContext trust, int rounds, ExecutorService pool) throws Exception {
        var tallies = new LinkedHashMap<String, Tally>();
        callers.keySet().forEach(name -> tallies.put(name, new Tally()));
        int perBlock = Math.max(1, run.calls() / rounds);
        URI cpuUri = URI.create(server.organization().resolve("/_bench/cpu").toString());
        var probeBuilder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
        if (run.target().tls()) {
            probeBuilder.sslContext(trust);
        }
        HttpClient probe = probeBuilder.build();
        for (int round = -1; round < rounds; round++) { // round -1: warm-up (connections, this scenario's code)
            for (var e : callers.entrySet()) {
                int calls = round < 0 ? Math.max(1, perBlock / 2) : perBlock;
                long[] server0 = serverCpu(probe, cpuUri);
                long cpu0 = OS.getProcessCpuTime();
                long wall0 = System.nanoTime();
                long[] latencies = block(run, e.getValue(), calls, pool);
                long wall = System.nanoTime() - wall0;
                long cpu = OS.getProcessCpuTime() - cpu0;
                long[] server1 = serverCpu(probe, cpuUri);
                if (round >= 0) {
                    Tally t = tallies.get(e.getKey());
                    Arrays.stream(latencies).forEach(t.latencies::add);
                    t.wall += wall;
                    t.cpu += cpu;
                    t.serverCpu += server1[0] - server0[0];
                    t.upgrades += server1[1] - server0[1];
                    t.connections += server1[2] - server0[2];
                    t.http2Requests += server1[3] - server0[3];
                    t.http1Requests += server1[4] - server0[4];
                    t.peakInFlight = Math.max(t.peakInFlight, server1[5]);
                }
            }
        }
        return tallies;
    }

    /** {@code calls} calls from {@code run.threads()} threads; returns each call's time in ns. */
    private static long[] block(Run run, Caller caller, int calls, ExecutorService pool) throws Exception {
        if (run.threads() <= 1) {
            return timed(run.scenario(), caller, calls);
        }
        var futures = new ArrayList<Future<long[]>>();
        for (int t = 0; t < run.threads(); t++) {
            int share = calls / run.threads() + (t < calls % run.threads() ? 1 : 0);
            Callable<long[]> task = () -> timed(run.scenario(), caller, share);
            futures.add(pool.submit(task));
        }
        var all = new ArrayList<long[]>();
        for (var f : futures) {
            all.add(f.get());
        }
        return all.stream().flatMapToLong(Arrays::stream).toArray();
    }

    private static long[] timed(Scenario scenario, Caller caller, int calls) {
        long[] latencies = new long[calls];
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            List<?> result = scenario.call().apply(caller);
            latencies[i] = System.nanoTime() - start;
            if (result.size() != scenario.items()) {
                throw new IllegalStateException(scenario.name() + ": " + result.size() + " items");
            }
            sink = result;
        }
        return latencies;
    }

    /**
     * {@return the server's CPU time (ns), requests with an {@code Upgrade} header, connections, HTTP/2 and HTTP/1.1
     * requests so far, and the most requests in flight since the previous call}
     */
    private static long[] serverCpu(HttpClient probe, URI uri) throws Exception {
        var response = probe.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        return Arrays.stream(response.body().strip().split(" ")).mapToLong(Long::parseLong).toArray();
    }

    private static void print(Run run, Map<String, Tally> tallies) {
        Tally floor = tallies.getOrDefault("floor", tallies.values().iterator().next());
        double floorLatencyMean = floor.latencies.stream().mapToLong(Long::longValue).average().orElse(Double.NaN);
        for (var e : tallies.entrySet()) {
            Tally t = e.getValue();
            long[] sorted = t.latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            int n = sorted.length;
            double mean = Arrays.stream(sorted).average().orElse(Double.NaN);
            System.out.printf("| %s | %s | %d | %s | %d | %.2f | %.2f | %.2f | %.2f | %.2fx | %.0f | %.2f | %.2f | %d "
                            + "| %d | %s | %d |%n",
                    run.target().label(), run.scenario().name(), run.threads(), e.getKey(), n,
                    ms(percentile(sorted, 50)), ms(percentile(sorted, 90)), ms(percentile(sorted, 99)), ms(mean),
                    mean / floorLatencyMean, n / (t.wall / 1e9), ms(t.cpu / (double) n), ms(t.serverCpu / (double) n),
                    t.upgrades, t.connections, t.protocol(), t.peakInFlight);
        }
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(double nanos) {
        return nanos / 1e6;
    }
}
