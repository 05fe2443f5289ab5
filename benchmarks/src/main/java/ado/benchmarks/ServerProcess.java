package ado.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A server ({@link UserServer}, or another main such as {@link BulkServer}) in a JVM of its own, started with the same
 * {@code java} and class path as this process; it prints {@code LISTENING port} when it serves. Closing it closes the
 * child's stdin (the child then exits) and, if it lingers, destroys it. A child that reads commands from its stdin
 * answers them with {@link #ask(String)}.
 */
final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final BufferedReader out;
    private final int port;
    private final boolean tls;
    private final String path;

    private ServerProcess(Process process, BufferedReader out, int port, boolean tls, String path) {
        this.process = process;
        this.out = out;
        this.port = port;
        this.tls = tls;
        this.path = path;
    }

    /**
     * Starts a server process and waits (at most 60 s) for it to listen.
     *
     * @param keystore      the TLS key store, or {@code null} for plain HTTP
     * @param latencyMillis delay before each response's first byte
     * @param mbps          body pacing in Mbit/s, or 0 for none
     * @return the running process
     * @throws IOException if it does not start or does not report its port
     */
    static ServerProcess start(Path keystore, int latencyMillis, double mbps) throws IOException {
        return start(keystore, latencyMillis, mbps, 6);
    }

    /**
     * Starts a server process that compresses at {@code gzipLevel} and waits (at most 60 s) for it to listen.
     *
     * @param keystore      the TLS key store, or {@code null} for plain HTTP
     * @param latencyMillis delay before each response's first byte
     * @param mbps          body pacing in Mbit/s, or 0 for none
     * @param gzipLevel     the deflate level (1 to 9) for requests that accept gzip
     * @return the running process
     * @throws IOException if it does not start or does not report its port
     */
    static ServerProcess start(Path keystore, int latencyMillis, double mbps, int gzipLevel) throws IOException {
        return start(keystore, latencyMillis, mbps, gzipLevel, false, H2ServerProvider.DEFAULT_MAX_STREAMS);
    }

    /**
     * Starts a server process, the JDK's server or (with {@code h2}) Jetty with HTTP/2 over TLS, and waits (at most
     * 60 s) for it to listen.
     *
     * @param keystore      the TLS key store, or {@code null} for plain HTTP
     * @param latencyMillis delay before each response's first byte
     * @param mbps          body pacing in Mbit/s, or 0 for none
     * @param gzipLevel     the deflate level (1 to 9) for requests that accept gzip
     * @param h2            Jetty offering {@code h2} and {@code http/1.1} by ALPN (needs {@code keystore})
     * @param maxStreams    the HTTP/2 {@code SETTINGS_MAX_CONCURRENT_STREAMS} of an {@code h2} server
     * @return the running process
     * @throws IOException if it does not start or does not report its port
     */
    static ServerProcess start(Path keystore, int latencyMillis, double mbps, int gzipLevel, boolean h2,
                               int maxStreams) throws IOException {
        var args = new ArrayList<>(List.of("--latency-ms", Integer.toString(latencyMillis), "--mbps",
                Double.toString(mbps), "--gzip-level", Integer.toString(gzipLevel)));
        if (keystore != null) {
            args.add("--tls");
            args.add(keystore.toString());
        }
        if (h2) {
            args.add("--h2");
            args.add("--max-streams");
            args.add(Integer.toString(maxStreams));
        }
        return launch(List.of("-Xmx512m"), UserServer.class, args, keystore != null,
                "/" + AdoShapedServer.ORGANIZATION, 60);
    }

    /**
     * Starts {@code main} in a JVM of its own and waits (at most {@code seconds}) for its {@code LISTENING port} line.
     *
     * @param jvmOptions options before the class path (heap, system properties)
     * @param main       the main class; it prints {@code LISTENING port} on stdout, serves until stdin closes
     * @param args       its arguments
     * @param tls        whether it serves {@code https}
     * @param path       the organisation's path on the server, {@code /fabrikam}
     * @param seconds    how long it may take to listen
     * @return the running process
     * @throws IOException if it does not start or does not report its port
     */
    static ServerProcess launch(List<String> jvmOptions, Class<?> main, List<String> args, boolean tls, String path,
                                int seconds) throws IOException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        var line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        String first;
        try {
            first = line.get(seconds, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IOException("the server process did not start in " + seconds + " s", e);
        }
        if (first == null || !first.startsWith("LISTENING ")) {
            process.destroyForcibly();
            throw new IOException("the server process did not report its port: " + first);
        }
        return new ServerProcess(process, out, Integer.parseInt(first.substring("LISTENING ".length()).strip()),
                tls, path);
    }

    /** {@return the organisation URL, {@code http[s]://127.0.0.1:port/fabrikam}} */
    URI organization() {
        return URI.create((tls ? "https" : "http") + "://127.0.0.1:" + port + path);
    }

    /**
     * Sends one command line to the child's stdin and returns the line it answers on stdout.
     *
     * @param command the command, without a line break
     * @return the child's answer
     * @throws IOException if the child does not answer (it ended)
     */
    String ask(String command) throws IOException {
        synchronized (process) {
            var in = process.getOutputStream();
            in.write((command + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
            String answer = out.readLine();
            if (answer == null) {
                throw new IOException("the server process ended instead of answering " + command);
            }
            return answer;
        }
    }

    /** {@return whether the child is still running} */
    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
