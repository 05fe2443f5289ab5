package ado.benchmarks;

import ado.core.AdoClient;
import ado.core.auth.Credentials;
import ado.core.json.JsonCodec;
import ado.oop.AzureDevOpsService;
import ado.oop.Project;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;

/**
 * Bulk work through the object layer over HTTP/2 and over HTTP/1.1: the emulator in a process of its own
 * ({@link BulkServer}: HTTPS on Jetty 12, ALPN offering {@code h2} and {@code http/1.1}, {@code --latency-ms} added
 * to every request, 10,000 tasks seeded), and in this process one {@link AdoClient} per transport: {@code h2}
 * (ado4j's defaults: HTTP/2 over TLS) and {@code http/1.1} (ado4j given an HTTP/1.1 {@link HttpClient}, so a
 * connection carries one request at a time and the JDK's pool opens one per request in flight). Both talk to the
 * same server, so the protocol is the only difference.
 *
 * <p>The scenario is a function of the {@link Project} and the seeded ids ({@link Scenario}); {@code read} is
 * {@code project.workItems(ids, parallelism)} (batches of 200, up to {@code --parallelism} in flight, default 8).
 * {@code write} reads them the same way, then updates every title with
 * {@code project.updateWorkItems(changes, parallelism)} (one PATCH per work item; run it with fewer items, e.g.
 * {@code --items 1000}); any outcome other than written fails the run.
 *
 * <p>For each transport: one run on a fresh client (its connections are counted apart), one warm-up run, then
 * {@code --rounds} runs, the transports taking turns. Per transport it prints the median, minimum and maximum time,
 * the requests per run and the protocol they came in, the connections the server saw opened (first run; all
 * measured runs), the most requests in flight at once as the server counted them, and the CPU per run of this
 * process and of the server process.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar ado.benchmarks.BulkTransportRun [--items 10000]
 * [--latency-ms 20] [--rounds 3] [--parallelism 8] [--scenario read|write] [--server-threads 32]}
 */
public final class BulkTransportRun {

    static final String PROJECT = "Fabrikam-Fiber-Git";
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** One bulk operation through the object layer, timed whole. */
    @FunctionalInterface
    interface Scenario {
        /**
         * Runs the operation once.
         *
         * @param project the project, on the transport being measured
         * @param ids     the seeded work item ids
         * @return how many work items it handled (checked against {@code ids.size()})
         */
        int run(Project project, List<Integer> ids);
    }

    /** What the server counted over one run. */
    record Seen(long cpuNanos, long connections, long http2, long http1, long peakInFlight) {
        static Seen between(long[] before, long[] after) {
            return new Seen(after[0] - before[0], after[1] - before[1], after[2] - before[2], after[3] - before[3],
                    after[4]);
        }
    }

    /** What one transport accumulated. */
    static final class Tally {
        final List<Long> millis = new ArrayList<>();
        Seen first;
        long connections;
        long http2;
        long http1;
        long peakInFlight;
        long cpuNanos;
        long serverCpuNanos;

        void add(long ms, long cpu, Seen seen) {
            millis.add(ms);
            cpuNanos += cpu;
            serverCpuNanos += seen.cpuNanos();
            connections += seen.connections();
            http2 += seen.http2();
            http1 += seen.http1();
            peakInFlight = Math.max(peakInFlight, seen.peakInFlight());
        }
    }

    private BulkTransportRun() {
    }

    /**
     * {@return the scenarios by name, as {@code --scenario} takes them}
     *
     * @param parallelism the most requests in flight a scenario may have
     */
    static Map<String, Scenario> scenarios(int parallelism) {
        var scenarios = new LinkedHashMap<String, Scenario>();
        scenarios.put("read", (project, ids) -> checkRead(project.workItems(ids, parallelism), ids));
        var run = new java.util.concurrent.atomic.AtomicInteger();
        scenarios.put("write", (project, ids) -> { // one PATCH per work item (read first, in batches)
            String title = "bulk write " + run.incrementAndGet();
            List<ado.oop.WriteOutcome<ado.oop.WorkItem>> outcomes = project.updateWorkItems(
                    project.workItems(ids, parallelism).stream().map(w -> new ado.oop.WorkItemChange(w,
                            Map.of("System.Title", title))).toList(), parallelism);
            var failed = ado.oop.WriteOutcome.failures(outcomes);
            if (!failed.isEmpty()) {
                throw new IllegalStateException(failed.size() + " updates not written, first: " + failed.values()
                        .iterator().next());
            }
            return outcomes.size();
        });
        return scenarios;
    }

    /**
     * Runs the benchmark.
     *
     * @param args {@code --items}, {@code --latency-ms}, {@code --rounds}, {@code --parallelism}, {@code --scenario},
     *             {@code --server-threads}
     * @throws Exception if the server does not start or a run fails
     */
    public static void main(String[] args) throws Exception {
        var options = new LinkedHashMap<String, String>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        int items = Integer.parseInt(options.getOrDefault("items", "10000"));
        int latency = Integer.parseInt(options.getOrDefault("latency-ms", "20"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        int parallelism = Integer.parseInt(options.getOrDefault("parallelism", "8"));
        String scenarioName = options.getOrDefault("scenario", "read");
        int serverThreads = Integer.parseInt(options.getOrDefault("server-threads", "32"));
        Scenario scenario = scenarios(parallelism).get(scenarioName);
        if (scenario == null) {
            throw new IllegalArgumentException("scenario must be one of " + scenarios(parallelism).keySet() + ": "
                    + scenarioName);
        }
        System.out.printf("# BulkTransportRun %s: %s, %d processors, load %s, %,d work items, scenario %s, "
                        + "parallelism %d, %d ms latency, %d rounds%n%n", Instant.now(), Runtime.version(),
                Runtime.getRuntime().availableProcessors(), loadAverage(), items, scenarioName, parallelism, latency,
                rounds);
        Path dir = Files.createTempDirectory("ado4j-bulk");
        Path keystore = BenchTls.generate(dir);
        SSLContext trust = BenchTls.clientContext(keystore);
        try (ServerProcess server = ServerProcess.launch(List.of("-Xmx1g",
                        "-D" + H2ServerProvider.PROPERTY + "=" + H2ServerProvider.class.getName()),
                BulkServer.class, List.of("--tls", keystore.toString(), "--items", Integer.toString(items),
                        "--latency-ms", Integer.toString(latency), "--threads", Integer.toString(serverThreads)),
                true, "/fabrikam", 600)) {
            List<Integer> ids = Arrays.stream(server.ask("ids").split(",")).map(Integer::valueOf).toList();
            var transports = new LinkedHashMap<String, AdoClient>();
            transports.put("h2", client(server, trust, null));
            transports.put("http/1.1", client(server, trust, HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1).sslContext(trust).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10)).build()));
            var projects = new LinkedHashMap<String, Project>();
            transports.forEach((name, client) -> projects.put(name,
                    AzureDevOpsService.of(client).organization().project(PROJECT)));
            var tallies = new LinkedHashMap<String, Tally>();
            projects.keySet().forEach(name -> tallies.put(name, new Tally()));
            for (int round = -2; round < rounds; round++) { // -2: the fresh client's first run, -1: warm-up
                for (var e : projects.entrySet()) {
                    long[] before = stats(server);
                    long cpu0 = OS.getProcessCpuTime();
                    long start = System.nanoTime();
                    int handled = scenario.run(e.getValue(), ids);
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    long cpu = OS.getProcessCpuTime() - cpu0;
                    Seen seen = Seen.between(before, stats(server));
                    if (handled != ids.size()) {
                        throw new IllegalStateException(e.getKey() + ": " + handled + " of " + ids.size());
                    }
                    Tally t = tallies.get(e.getKey());
                    if (round == -2) {
                        t.first = seen;
                        System.out.printf("first run on a fresh %s client: %,d ms, %d connections opened, peak %d "
                                + "in flight%n", e.getKey(), ms, seen.connections(), seen.peakInFlight());
                    } else if (round >= 0) {
                        t.add(ms, cpu, seen);
                    }
                }
            }
            print(scenarioName, items, latency, parallelism, tallies);
        } finally {
            Files.deleteIfExists(keystore);
            Files.deleteIfExists(dir);
        }
        System.out.printf("%nload at the end %s%n", loadAverage());
    }

    /** {@return an ado4j client of the bulk server; with {@code http} null, its own HttpClient (HTTP/2 over TLS)} */
    static AdoClient client(ServerProcess server, SSLContext trust, HttpClient http) {
        var b = AdoClient.builder().organization(server.organization()).environment(n -> null)
                .credentials(Credentials.pat(BulkServer.PAT)).jsonCodec(JsonCodec.builtin());
        if (http == null) {
            b.sslContext(trust); // ado4j's own HttpClient: HTTP/2 preferred, negotiated by ALPN
        } else {
            b.httpClient(http);
        }
        return b.build();
    }

    private static int checkRead(List<ado.oop.WorkItem> read, List<Integer> ids) {
        for (int i = 0; i < ids.size(); i += Math.max(1, ids.size() / 100)) {
            if (read.get(i).id() != ids.get(i)) {
                throw new IllegalStateException("work item " + i + " is " + read.get(i).id() + ", expected "
                        + ids.get(i));
            }
        }
        return read.size();
    }

    /** {@return CPU ns, connections, HTTP/2 requests, HTTP/1.1 requests, peak in flight since the last call} */
    static long[] stats(ServerProcess server) throws IOException {
        return Arrays.stream(server.ask("stats").strip().split(" ")).mapToLong(Long::parseLong).toArray();
    }

    private static void print(String scenario, int items, int latency, int parallelism, Map<String, Tally> tallies) {
        System.out.printf("%n| transport | scenario | runs | median ms | min ms | max ms | work items/s | requests "
                + "per run | protocol | connections opened: first run / measured runs | peak in flight "
                + "| client CPU ms/run | server CPU ms/run |%n");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|");
        for (var e : tallies.entrySet()) {
            Tally t = e.getValue();
            long[] sorted = t.millis.stream().mapToLong(Long::longValue).sorted().toArray();
            int n = sorted.length;
            long median = sorted[n / 2];
            String protocol = t.http1 == 0 ? "h2" : t.http2 == 0 ? "http/1.1" : t.http2 + " h2, " + t.http1
                    + " http/1.1";
            System.out.printf("| %s | %s (%,d items, %d ms, parallelism %d) | %d | %,d | %,d | %,d | %,.0f | %d | %s "
                            + "| %d / %d | %d | %,d | %,d |%n", e.getKey(), scenario, items, latency, parallelism, n,
                    median, sorted[0], sorted[n - 1], items * 1000.0 / median, (t.http2 + t.http1) / n, protocol,
                    t.first.connections(), t.connections, t.peakInFlight, t.cpuNanos / n / 1_000_000,
                    t.serverCpuNanos / n / 1_000_000);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | UnsupportedOperationException e) {
            return String.format("%.2f", OS.getSystemLoadAverage());
        }
    }
}
