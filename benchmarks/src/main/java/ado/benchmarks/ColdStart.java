package ado.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Cold start: a fresh JVM (same {@code java}, same class path) that makes one project-list call with one caller of
 * {@link UserCallers} and prints {@code DONE}; {@link #measure} times it from process start to that line.
 *
 * <p>Child: {@code java -cp benchmarks.jar ado.benchmarks.ColdStart floor|ado4j organizationUrl}.
 */
public final class ColdStart {

    private ColdStart() {
    }

    /**
     * The child: one call, then {@code DONE n} (n = projects read).
     *
     * @param args the caller name and the organisation URL
     */
    public static void main(String[] args) {
        var caller = UserCallers.create(args[0], URI.create(args[1]), null);
        System.out.println("DONE " + caller.projects().size());
    }

    /**
     * Starts {@code runs} fresh JVMs per caller, taking turns, and prints a markdown table of the times from process
     * start to the first response.
     *
     * @param organization a plain-HTTP server's organisation URL
     * @param clients      the callers
     * @param runs         JVMs per caller
     * @throws Exception if a child fails
     */
    static void measure(URI organization, List<String> clients, int runs) throws Exception {
        Map<String, List<Long>> times = new LinkedHashMap<>();
        for (int run = -1; run < runs; run++) { // run -1 warms the file cache
            for (String client : clients) {
                long start = System.nanoTime();
                Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), ColdStart.class.getName(), client,
                        organization.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
                String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))
                        .readLine();
                long elapsed = System.nanoTime() - start;
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
                if (line == null || !line.equals("DONE 5")) {
                    throw new IOException(client + ": the cold-start child answered " + line);
                }
                if (run >= 0) {
                    times.computeIfAbsent(client, k -> new ArrayList<>()).add(elapsed);
                }
            }
        }
        System.out.println();
        System.out.println("| cold start: fresh JVM (class path) to first project-list response | runs | min ms "
                + "| median ms | max ms |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (var e : times.entrySet()) {
            long[] sorted = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("| %s | %d | %.0f | %.0f | %.0f |%n", e.getKey(), sorted.length, sorted[0] / 1e6,
                    sorted[sorted.length / 2] / 1e6, sorted[sorted.length - 1] / 1e6);
        }
    }
}
