package ado.core.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongConsumer;

/**
 * Downloads one response body into a file without ever leaving a partial file in its place: the body goes to a
 * temporary file beside the target (same directory, unique name), which {@link #commit()} forces to disk and moves
 * over the target atomically. {@link #close()} deletes the temporary file if it is still there, so a failure leaves
 * the old file untouched and nothing behind.
 *
 * <p>As a {@link BodyReader} it resumes: when the body of a GET breaks off, the transport's retry loop sends the
 * request again (within the client's retry budget) and {@link #prepare} adds {@code Range: bytes=N-} for the
 * {@code N} bytes already on disk, with {@code If-Range} set to the first answer's strong {@code ETag}, else its
 * {@code Last-Modified}, when it had one. A {@code 206} must start at {@code N} (and announce the same total length
 * as before, when both are known); a {@code 200} means the server ignored the range or the resource changed, and
 * the download starts again from zero. A {@code 206} that does not fit, or a first answer that was content-encoded
 * (offsets in the encoded bytes are not offsets in the file), makes the next attempt start from zero without a
 * range; a {@code 416} to the range (the resource is shorter now) makes the transport send the request again at
 * once without it ({@link #startOver}). A range is also lost when a redirect leads to another origin, which gets no custom headers; that server's
 * {@code 200} then restarts the download.
 *
 * <p>The progress listener hears the number of bytes in the temporary file after every chunk written, and
 * {@code 0} whenever bytes already written are discarded because the download starts again from zero.
 *
 * <p>Not thread-safe: one instance serves one download on the calling thread.
 */
public final class FileDownload implements BodyReader<Long>, AutoCloseable {

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final boolean get;
    private final LongConsumer progress;
    private long written;
    private boolean resumable;
    private String validator;
    private long total = -1;
    private boolean rangeSent;

    private FileDownload(Path target, Path temp, FileChannel channel, String method, LongConsumer progress) {
        this.target = target;
        this.temp = temp;
        this.channel = channel;
        this.get = method.equals("GET");
        this.progress = progress;
    }

    /**
     * {@return a download into {@code target}, with its temporary file created, that reports the bytes written so
     * far to {@code progress} on the reading thread}
     *
     * @throws IllegalArgumentException if {@code target}'s directory does not exist or {@code target} is a directory
     * @throws UncheckedIOException     if the temporary file cannot be created
     */
    public static FileDownload create(Path target, String method, LongConsumer progress) {
        Objects.requireNonNull(target, "file == null");
        Objects.requireNonNull(progress, "progress == null");
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("file: the directory " + dir + " of " + target + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new IllegalArgumentException("file: " + target + " is a directory");
        }
        String name = absolute.getFileName().toString();
        name = name.length() > 100 ? name.substring(0, 100) : name; // room for the suffix within 255 characters
        for (int tries = 0; ; tries++) {
            Path temp = dir.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(),
                    36) + ".part");
            try {
                FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return new FileDownload(absolute, temp, channel, method, progress);
            } catch (FileAlreadyExistsException taken) {
                if (tries == 10) {
                    throw new UncheckedIOException("Could not create a temporary file beside " + target, taken);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not create a temporary file beside " + target + ": " + e, e);
            }
        }
    }

    /** {@return the temporary file the body is written to} */
    public Path temp() {
        return temp;
    }

    @Override
    public RequestSpec prepare(RequestSpec spec) {
        rangeSent = resumable && written > 0;
        if (!rangeSent) {
            return spec;
        }
        var headers = new LinkedHashMap<>(spec.headers());
        headers.put("Range", "bytes=" + written + "-");
        if (validator != null) {
            headers.put("If-Range", validator);
        }
        return spec.withHeaders(headers);
    }

    /** {@return whether {@code status} is a 416 to the range this download asked for} The next attempt asks for all. */
    @Override
    public boolean startOver(int status) {
        if (status != 416 || !rangeSent) {
            return false;
        }
        resumable = false; // the next prepare sends no range; the next answer's read truncates the file
        rangeSent = false;
        return true;
    }

    @Override
    public Long read(InputStream body) throws IOException {
        throw new UnsupportedOperationException("a download needs the answer's status and headers");
    }

    @Override
    public Long read(int status, HttpHeaders headers, InputStream body, long length) throws IOException {
        try (body) {
            boolean encoded = headers.firstValue("Content-Encoding")
                    .map(e -> !e.isBlank() && !e.strip().equalsIgnoreCase("identity")).orElse(false);
            if (rangeSent && status == 206) {
                checkResumedAnswer(headers, encoded);
            } else {
                restart();
                resumable = get && status == 200 && !encoded;
                validator = validator(headers);
                total = resumable ? length : -1;
            }
            copy(body);
            return written;
        }
    }

    /** Checks that a 206 continues the bytes on disk; if not, arranges a fresh start and fails the attempt. */
    private void checkResumedAnswer(HttpHeaders headers, boolean encoded) throws IOException {
        String range = headers.firstValue("Content-Range").orElse("");
        long[] parsed = contentRange(range);
        String problem = encoded ? "a content-encoded 206"
                : parsed == null ? "a 206 with Content-Range \"" + range + "\""
                : parsed[0] != written ? "a 206 starting at byte " + parsed[0]
                : total >= 0 && parsed[1] >= 0 && parsed[1] != total ? "a 206 for a total of " + parsed[1]
                + " bytes instead of " + total
                : null;
        if (problem != null) {
            restart();
            resumable = false; // the next attempt asks for the whole body
            throw new IOException("Resuming the download at byte " + written + " got " + problem
                    + "; starting again from zero");
        }
    }

    /**
     * {@return {start, total} of a {@code Content-Range: bytes start-end/total} value (total -1 for {@code *}), or
     * {@code null} if malformed}
     */
    static long[] contentRange(String value) {
        String v = value.strip();
        if (!v.regionMatches(true, 0, "bytes ", 0, 6)) {
            return null;
        }
        int dash = v.indexOf('-', 6);
        int slash = v.indexOf('/', 6);
        if (dash < 0 || slash < dash) {
            return null;
        }
        try {
            long start = Long.parseLong(v.substring(6, dash).strip());
            long end = Long.parseLong(v.substring(dash + 1, slash).strip());
            String t = v.substring(slash + 1).strip();
            long total = t.equals("*") ? -1 : Long.parseLong(t);
            return start < 0 || end < start || (total >= 0 && end >= total) ? null : new long[] {start, total};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@return the {@code If-Range} value of an answer: its strong ETag, else its Last-Modified, else null} */
    private static String validator(HttpHeaders headers) {
        Optional<String> etag = headers.firstValue("ETag").map(String::strip)
                .filter(e -> e.startsWith("\"") && e.length() > 1);
        return etag.or(() -> headers.firstValue("Last-Modified").map(String::strip).filter(s -> !s.isEmpty()))
                .orElse(null);
    }

    private void restart() throws IOException {
        if (written > 0) {
            write(() -> channel.truncate(0));
            written = 0;
            progress.accept(0);
        }
    }

    private void copy(InputStream body) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = body.read(buffer)) >= 0; ) {
            ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
            write(() -> {
                while (chunk.hasRemaining()) {
                    channel.write(chunk, written + chunk.position());
                }
                return null;
            });
            written += n;
            progress.accept(written);
        }
    }

    /**
     * Forces the complete body to disk and moves it over the target: atomically, replacing the target, or where
     * the file system cannot move atomically, replacing it non-atomically.
     *
     * @throws UncheckedIOException if the file cannot be written or moved
     */
    public void commit() {
        try {
            channel.force(true);
            channel.close();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not move the download into " + target + ": " + e, e);
        }
    }

    /** Closes the temporary file and deletes it if it was not moved into place. Idempotent. */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // deleting anyway
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            Transport.LOG.log(System.Logger.Level.WARNING, () -> "Could not delete " + temp + ": " + e);
        }
    }

    @Override
    public boolean replayable() {
        return get;
    }

    @Override
    public String toString() {
        return "FileDownload[" + target + ", " + written + " bytes" + (resumable ? ", resumable" : "") + "]";
    }

    private interface FileWrite {
        Object run() throws IOException;
    }

    /**
     * Runs a write to the temporary file: a local failure (disk full, permissions) is a {@link WriteFailure}, not an
     * I/O failure of the body, so it is never retried; an interrupt is an {@link InterruptedIOException}.
     */
    private static void write(FileWrite op) throws IOException {
        try {
            op.run();
        } catch (ClosedByInterruptException e) {
            var interrupted = new InterruptedIOException("interrupted while writing the download");
            interrupted.initCause(e);
            throw interrupted;
        } catch (IOException e) {
            throw new WriteFailure(e);
        }
    }

    /** The temporary file could not be written: a local problem the transport must not retry. */
    public static final class WriteFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WriteFailure(IOException cause) {
            super(cause.toString(), cause);
        }

        /** {@return this failure as the {@link UncheckedIOException} callers see, naming {@code file}} */
        public UncheckedIOException unchecked(Path file) {
            return new UncheckedIOException("Could not write the download of " + file + ": " + getMessage(),
                    (IOException) getCause());
        }
    }
}
