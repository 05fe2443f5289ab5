package ado.core.internal.auth;

import ado.core.auth.EntraTokens;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs a command with {@link ProcessBuilder}, reading its output on daemon threads, and kills it on timeout. */
public final class ProcessRunner implements EntraTokens.CommandRunner {

    @Override
    public EntraTokens.CommandResult run(List<String> command, Duration timeout)
            throws IOException, InterruptedException, TimeoutException {
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close(); // no input: a prompt sees end of file instead of waiting
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new TimeoutException(command.get(0) + " did not finish within " + timeout.toMillis() + " ms");
        }
        try {
            return new EntraTokens.CommandResult(process.exitValue(), out.get(), err.get());
        } catch (ExecutionException e) {
            throw e.getCause() instanceof UncheckedIOException u ? u.getCause() : new IOException(e.getCause());
        }
    }

    private static CompletableFuture<String> drain(InputStream in) {
        var result = new CompletableFuture<String>();
        Thread reader = new Thread(() -> {
            try (in) {
                result.complete(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                result.completeExceptionally(new UncheckedIOException(e));
            }
        }, "ado-az-output");
        reader.setDaemon(true);
        reader.start();
        return result;
    }
}
