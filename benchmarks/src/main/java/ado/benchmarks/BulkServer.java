package ado.benchmarks;

import ado.emulator.AdoEmulator;
import com.sun.net.httpserver.spi.HttpServerProvider;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The server process of {@link BulkTransportRun}: the emulator ({@link AdoEmulator}, unchanged) over HTTPS on
 * Jetty 12 with HTTP/2, in a JVM of its own. The JVM is started with
 * {@code -Dcom.sun.net.httpserver.HttpServerProvider=ado.benchmarks.H2ServerProvider}, so the emulator's
 * {@code HttpsServer.create} gives a {@link JettyH2Server} (ALPN offering {@code h2} and {@code http/1.1}); this
 * main refuses to run on any other provider. It seeds {@code --items} tasks through the REST API (the added latency
 * applies to them too), prints {@code LISTENING port}, then answers commands on stdin, one line each:
 * {@code ids} (the seeded ids, comma-separated) and {@code stats} (process CPU ns, then the {@link Traffic} counts of
 * the emulator's listeners: connections, HTTP/2 requests, HTTP/1.1 requests, most in flight since the last
 * {@code stats}). It stops when stdin closes.
 *
 * <p>Run by the harness: {@code java -Dcom.sun.net.httpserver.HttpServerProvider=ado.benchmarks.H2ServerProvider
 * -cp benchmarks.jar ado.benchmarks.BulkServer --tls keystore.p12 --items 10000 --latency-ms 20 --threads 32}.
 */
public final class BulkServer {

    static final String PAT = "bulk-transport-pat";

    private BulkServer() {
    }

    /**
     * The server process.
     *
     * @param args {@code --tls keystore --items n --latency-ms n --threads n}
     * @throws Exception if the emulator cannot start or seeding fails
     */
    public static void main(String[] args) throws Exception {
        Path keystore = null;
        int items = 10_000;
        int latency = 20;
        int threads = 32;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--tls" -> keystore = Path.of(args[i + 1]);
                case "--items" -> items = Integer.parseInt(args[i + 1]);
                case "--latency-ms" -> latency = Integer.parseInt(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option: " + args[i]);
            }
        }
        if (keystore == null) {
            throw new IllegalArgumentException("--tls keystore is required: HTTP/2 is served over TLS only");
        }
        if (!(HttpServerProvider.provider() instanceof H2ServerProvider)) {
            throw new IllegalStateException("start this JVM with -D" + H2ServerProvider.PROPERTY + "="
                    + H2ServerProvider.class.getName() + ", not " + HttpServerProvider.provider().getClass());
        }
        try (AdoEmulator emulator = AdoEmulator.builder().https(BenchTls.serverContext(keystore)).pat(PAT)
                .latency(Duration.ofMillis(latency)).threads(threads).start()) {
            List<Integer> ids = WorkItemBulkRun.seed(emulator.clientBuilder().sslContext(BenchTls.clientContext(
                    keystore)).build().api().project(BulkTransportRun.PROJECT), items);
            System.out.println("LISTENING " + emulator.url().getPort());
            System.out.flush();
            var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                switch (line.strip()) {
                    case "ids" -> System.out.println(ids.stream().map(String::valueOf)
                            .collect(Collectors.joining(",")));
                    case "stats" -> System.out.println(((com.sun.management.OperatingSystemMXBean)
                            ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() + " "
                            + H2ServerProvider.TRAFFIC.snapshot().text());
                    default -> System.out.println("unknown command: " + line);
                }
                System.out.flush();
            }
        }
    }
}
