package ado.benchmarks;

import static ado.benchmarks.AdoShapedServer.parameter;

import ado.core.json.JsonCodec;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;
import java.util.zip.GZIPOutputStream;

/**
 * The server process of {@link UserRun}: ADO-shaped answers from a JDK {@link HttpServer} (or {@link HttpsServer})
 * on 127.0.0.1, in a JVM of its own so that its CPU and allocation never land in the measured caller process.
 * Serves the shapes of {@link AdoShapedServer} (project list, 200-item work item batch, pull request pages by
 * {@code $top}/{@code $skip}, build pages by {@code x-ms-continuationtoken}) from the same {@link BenchData} (seed 42),
 * plus {@code GET /_bench/cpu}: as text (read between measured blocks), the process CPU time in nanoseconds, the number
 * of requests so far that carried an {@code Upgrade} header (the JDK client's h2c attempt), then the {@link Traffic}
 * counts: client connections opened, HTTP/2 requests (streams), HTTP/1.1 requests and the most requests in flight at
 * once since the previous {@code /_bench/cpu} (the probes themselves not counted).
 *
 * <p>With {@code --h2} the server is Jetty 12 ({@link JettyH2Server}) instead of the JDK's {@link HttpsServer}: TLS
 * with ALPN offering {@code h2} and {@code http/1.1}, the same handler, answers and gzip; {@code --max-streams n} sets
 * its HTTP/2 {@code SETTINGS_MAX_CONCURRENT_STREAMS} (default 128). Connections are then counted by Jetty as it
 * accepts them; on the JDK's server, as distinct remote addresses of requests.
 *
 * <p>Network conditions are applied per response: {@code --latency-ms} sleeps before the status line (the time to
 * first byte grows by that much; TCP handshakes and ACK round trips are not delayed), {@code --mbps} paces the body
 * in 8 KiB chunks to that rate. A request that accepts gzip gets a body compressed on the fly at
 * {@code --gzip-level} (default 6, as Apache and the JDK default), as a dynamic-compression server does.
 *
 * <p>Run: {@code java -cp benchmarks.jar ado.benchmarks.UserServer [--tls keystore.p12] [--latency-ms n]
 * [--mbps n] [--gzip-level n] [--h2] [--max-streams n]}; prints {@code LISTENING port} on stdout, then serves
 * until stdin closes.
 */
public final class UserServer implements AutoCloseable {

    static final String PROJECT = "Fabrikam-Fiber-Git";
    static final String REPOSITORY = "3411ebc1-d5aa-464f-9615-0b527bc66719";
    static final int BATCH_SIZE = 200;
    static final int LIST_SIZE = 1000;
    static final int PAGE_SIZE = 100;
    static final String STORE_PASSWORD = "benchmark";
    private static final byte[] EMPTY_PAGE = "{\"count\":0,\"value\":[]}".getBytes(StandardCharsets.UTF_8);
    private static final int CHUNK = 8192;

    static {
        // See AdoShapedServer: without TCP_NODELAY small responses meet the client's delayed ACK (about 40 ms).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        // jetty-http-spi (on the class path for the h2 target) registers Jetty as the provider of HttpServer.create;
        // the plain and TLS targets measure the JDK's own server
        if (System.getProperty(H2ServerProvider.PROPERTY) == null) {
            System.setProperty(H2ServerProvider.PROPERTY, H2ServerProvider.JDK);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        var t = new Thread(r, "bench-server");
        t.setDaemon(true);
        return t;
    });
    private final long latencyNanos;
    private final double nanosPerByte;
    private final int gzipLevel;
    private final byte[] projects;
    private final byte[] workItems;
    private final List<byte[]> pullRequestPages;
    private final List<byte[]> buildPages;
    private final java.util.concurrent.atomic.AtomicLong upgrades = new java.util.concurrent.atomic.AtomicLong();
    private final Traffic traffic;

    /** How the server listens: the JDK's server (plain or TLS) or Jetty with HTTP/2 over TLS. */
    record Options(Path keystore, int latencyMillis, double mbps, int gzipLevel, boolean h2, int maxStreams) {
        /** Requires a key store for HTTP/2 (only over TLS) and at least one stream. */
        Options {
            if (h2 && keystore == null) {
                throw new IllegalArgumentException("--h2 needs --tls: HTTP/2 is served over TLS only");
            }
            if (maxStreams < 1) {
                throw new IllegalArgumentException("max-streams must be at least 1: " + maxStreams);
            }
        }
    }

    private UserServer(Options o) throws Exception {
        this(o.keystore(), o.latencyMillis(), o.mbps(), o.gzipLevel(), o.h2(), o.maxStreams());
    }

    private UserServer(Path keystore, int latencyMillis, double mbps, int gzipLevel, boolean h2, int maxStreams)
            throws Exception {
        var data = new BenchData(42);
        JsonCodec writer = JsonCodec.builtin();
        projects = data.projectList(5, writer);
        workItems = data.workItemBatch(BATCH_SIZE, writer);
        pullRequestPages = data.pullRequestPages(LIST_SIZE, PAGE_SIZE, writer);
        buildPages = data.buildPages(LIST_SIZE, PAGE_SIZE, writer);
        this.latencyNanos = latencyMillis * 1_000_000L;
        this.nanosPerByte = mbps <= 0 ? 0 : 8e9 / (mbps * 1e6);
        this.gzipLevel = gzipLevel;
        var address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        traffic = new Traffic(!h2);
        if (keystore == null) {
            server = HttpServer.create(address, 128);
        } else {
            var https = h2 ? new JettyH2Server(address, 128, true, maxStreams, traffic)
                    : HttpsServer.create(address, 128);
            https.setHttpsConfigurator(new HttpsConfigurator(BenchTls.serverContext(keystore)));
            server = https;
        }
        server.setExecutor(executor);
        // JettyH2Server counts by itself (connections as Jetty accepts them)
        server.createContext("/", h2 ? this::handle : traffic.count(this::handle));
        server.start();
    }

    /**
     * Starts a server in this JVM (the server process's main, and tests).
     *
     * @param keystore   a PKCS12 key store from {@link BenchTls#generate} for TLS, or {@code null} for plain HTTP
     * @param latencyMillis delay before each response's first byte
     * @param mbps       body pacing in Mbit/s, or 0 for none
     * @param gzipLevel  the deflate level when the request accepts gzip
     * @return the running server
     * @throws Exception if the server cannot start
     */
    static UserServer start(Path keystore, int latencyMillis, double mbps, int gzipLevel) throws Exception {
        return new UserServer(keystore, latencyMillis, mbps, gzipLevel, false, H2ServerProvider.DEFAULT_MAX_STREAMS);
    }

    /**
     * Starts a server in this JVM as {@code options} say.
     *
     * @param options the server's options
     * @return the running server
     * @throws Exception if the server cannot start
     */
    static UserServer start(Options options) throws Exception {
        return new UserServer(options);
    }

    /** {@return the port the server listens on} */
    int port() {
        return server.getAddress().getPort();
    }

    /**
     * The server process.
     *
     * @param args {@code [--tls keystore] [--latency-ms n] [--mbps n] [--gzip-level n] [--h2] [--max-streams n]}
     * @throws Exception if the server cannot start
     */
    public static void main(String[] args) throws Exception {
        Path keystore = null;
        int latency = 0;
        double mbps = 0;
        int level = 6;
        boolean h2 = false;
        int maxStreams = H2ServerProvider.DEFAULT_MAX_STREAMS;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--h2")) {
                h2 = true;
                continue;
            }
            if (i + 1 == args.length) {
                throw new IllegalArgumentException("option without a value: " + args[i]);
            }
            switch (args[i]) {
                case "--tls" -> keystore = Path.of(args[++i]);
                case "--latency-ms" -> latency = Integer.parseInt(args[++i]);
                case "--mbps" -> mbps = Double.parseDouble(args[++i]);
                case "--gzip-level" -> level = Integer.parseInt(args[++i]);
                case "--max-streams" -> maxStreams = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option: " + args[i]);
            }
        }
        try (var server = start(new Options(keystore, latency, mbps, level, h2, maxStreams))) {
            System.out.println("LISTENING " + server.port());
            System.out.flush();
            // Serve until the harness closes our stdin (or dies).
            while (System.in.read() >= 0) {
                // ignore input
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            if (exchange.getRequestHeaders().containsKey("Upgrade")) {
                upgrades.incrementAndGet(); // the JDK client's h2c attempt; this server answers HTTP/1.1 anyway
            }
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            var headers = exchange.getResponseHeaders();
            byte[] body;
            if (path.equals("/_bench/cpu")) {
                long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime();
                byte[] text = (cpu + " " + upgrades.get() + " " + traffic.snapshot().text())
                        .getBytes(StandardCharsets.US_ASCII);
                exchange.sendResponseHeaders(200, text.length);
                exchange.getResponseBody().write(text);
                return;
            } else if (path.endsWith("/_apis/projects")) {
                body = projects;
            } else if (path.endsWith("/_apis/wit/workitemsbatch") && exchange.getRequestMethod().equals("POST")) {
                body = workItems;
            } else if (path.endsWith("/pullrequests")) {
                int skip = Integer.parseInt(parameter(query, "%24skip", parameter(query, "$skip", "0")));
                int top = Integer.parseInt(parameter(query, "%24top", parameter(query, "$top", "0")));
                if (top != PAGE_SIZE || skip % top != 0) {
                    exchange.sendResponseHeaders(400, -1);
                    return;
                }
                int page = skip / top;
                body = page < pullRequestPages.size() ? pullRequestPages.get(page) : EMPTY_PAGE;
            } else if (path.endsWith("/_apis/build/builds")) {
                int page = Integer.parseInt(parameter(query, "continuationToken", "0"));
                if (page + 1 < buildPages.size()) {
                    headers.set("x-ms-continuationtoken", Integer.toString(page + 1));
                }
                body = buildPages.get(page);
            } else {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
            if (accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("gzip")) {
                body = gzip(body, gzipLevel);
                headers.set("Content-Encoding", "gzip");
            }
            headers.set("Content-Type", "application/json; charset=utf-8; api-version=7.1");
            headers.set("Vary", "Accept-Encoding");
            long start = System.nanoTime();
            if (latencyNanos > 0) {
                sleepUntil(start + latencyNanos);
            }
            exchange.sendResponseHeaders(200, body.length);
            send(exchange.getResponseBody(), body, System.nanoTime());
        }
    }

    private void send(OutputStream out, byte[] body, long start) throws IOException {
        if (nanosPerByte == 0) {
            out.write(body);
            return;
        }
        for (int offset = 0; offset < body.length; offset += CHUNK) {
            int n = Math.min(CHUNK, body.length - offset);
            out.write(body, offset, n);
            out.flush();
            sleepUntil(start + (long) ((offset + n) * nanosPerByte));
        }
    }

    private static void sleepUntil(long deadline) {
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    static byte[] gzip(byte[] body, int level) throws IOException {
        var bytes = new ByteArrayOutputStream(body.length / 4 + 64);
        try (var out = new GZIPOutputStream(bytes, CHUNK) {
            {
                def.setLevel(level);
            }
        }) {
            out.write(body);
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
