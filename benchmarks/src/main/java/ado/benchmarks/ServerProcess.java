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
 * A {@link UserServer} in a JVM of its own, started with the same {@code java} and class path as this process;
 * closing it closes the child's stdin (the child then exits) and, if it lingers, destroys it.
 */
final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final boolean tls;

    private ServerProcess(Process process, int port, boolean tls) {
        this.process = process;
        this.port = port;
        this.tls = tls;
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
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), UserServer.class.getName(),
                "--latency-ms", Integer.toString(latencyMillis), "--mbps", Double.toString(mbps),
                "--gzip-level", Integer.toString(gzipLevel)));
        if (keystore != null) {
            command.add("--tls");
            command.add(keystore.toString());
        }
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
            first = line.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IOException("the server process did not start in 60 s", e);
        }
        if (first == null || !first.startsWith("LISTENING ")) {
            process.destroyForcibly();
            throw new IOException("the server process did not report its port: " + first);
        }
        return new ServerProcess(process, Integer.parseInt(first.substring("LISTENING ".length()).strip()),
                keystore != null);
    }

    /** {@return the organisation URL, {@code http[s]://127.0.0.1:port/fabrikam}} */
    URI organization() {
        return URI.create((tls ? "https" : "http") + "://127.0.0.1:" + port + "/" + AdoShapedServer.ORGANIZATION);
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
