package ado.model.wit;

import ado.core.ApiCall;
import ado.core.Body;
import ado.model.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.UUID;

/**
 * Work item attachments ({@code _apis/wit/attachments}): upload whole, upload large files in chunks with
 * {@code Content-Range}, and download as a stream. {@code scope} is an organisation or project scope. Link an
 * upload to a work item with {@link WorkItemLinks#attachment(AttachmentReference, String)}.
 */
public final class WorkItemAttachments {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";
    /** The chunk size {@link #upload(ApiCall, Path)} uses for files above it: 4 MiB. */
    public static final int CHUNK_SIZE = 4 * 1024 * 1024;

    private WorkItemAttachments() {
    }

    /**
     * {@return the attachment {@code bytes}, uploaded as {@code fileName}}
     *
     * @param scope    an organisation or project scope, {@code client.api()} or {@code client.api().project(p)}
     * @param fileName the file name the attachment gets
     * @param bytes    the content
     * @throws NullPointerException     if {@code fileName} or {@code bytes} is null
     * @throws IllegalArgumentException if {@code fileName} is blank
     */
    public static AttachmentReference upload(ApiCall scope, String fileName, byte[] bytes) {
        return scope.apis("wit", "attachments").query("fileName", Checks.nonBlank(fileName, "fileName"))
                .post(API_VERSION).body(Body.octetStream(bytes)).as(AttachmentReference.class);
    }

    /**
     * {@return the file uploaded under its own name: whole up to {@link #CHUNK_SIZE}, else in chunks}
     *
     * @param scope an organisation or project scope, {@code client.api()} or {@code client.api().project(p)}
     * @param file  the file to upload
     * @throws NullPointerException         if {@code file} is null
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static AttachmentReference upload(ApiCall scope, Path file) {
        Objects.requireNonNull(file, "file == null");
        long size = size(file);
        String name = file.getFileName().toString();
        if (size <= CHUNK_SIZE) {
            return scope.apis("wit", "attachments").query("fileName", name).post(API_VERSION)
                    .body(Body.octetStream(file)).as(AttachmentReference.class);
        }
        return uploadChunked(scope, file, name, CHUNK_SIZE);
    }

    /**
     * {@return the file uploaded as {@code fileName} in chunks of {@code chunkSize} bytes}: a start request
     * ({@code uploadType=Chunked}), then one {@code PUT} per chunk with {@code Content-Range: bytes a-b/total},
     * each chunk read from disk when it is sent
     *
     * @param scope     an organisation or project scope, {@code client.api()} or {@code client.api().project(p)}
     * @param file      the file to upload
     * @param fileName  the file name the attachment gets
     * @param chunkSize the bytes per {@code PUT}
     * @throws NullPointerException         if {@code file} or {@code fileName} is null
     * @throws IllegalArgumentException     if {@code fileName} is blank, {@code chunkSize} is not positive or the file
     *                                      is empty
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static AttachmentReference uploadChunked(ApiCall scope, Path file, String fileName, int chunkSize) {
        Objects.requireNonNull(file, "file == null");
        Checks.nonBlank(fileName, "fileName");
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be positive: " + chunkSize);
        }
        long size = size(file);
        if (size == 0) {
            throw new IllegalArgumentException("file must not be empty: " + file);
        }
        AttachmentReference started = scope.apis("wit", "attachments").query("fileName", fileName)
                .query("uploadType", "Chunked").post(API_VERSION).body(Body.empty()).as(AttachmentReference.class);
        AttachmentReference last = started;
        for (long from = 0; from < size; from += chunkSize) {
            long start = from;
            long length = Math.min(chunkSize, size - from);
            last = scope.apis("wit", "attachments", started.id().toString()).query("fileName", fileName)
                    .query("uploadType", "Chunked").put(API_VERSION)
                    .header("Content-Range", "bytes " + start + "-" + (start + length - 1) + "/" + size)
                    .body(Body.octetStream(() -> region(file, start, length))).as(AttachmentReference.class);
        }
        return last;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream region(Path file, long start, long length) {
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            channel.position(start);
            InputStream in = Channels.newInputStream(channel);
            return new InputStream() {
                private long left = length;

                @Override
                public int read() throws IOException {
                    if (left <= 0) {
                        return -1;
                    }
                    int b = in.read();
                    if (b >= 0) {
                        left--;
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int off, int len) throws IOException {
                    if (left <= 0) {
                        return -1;
                    }
                    int n = in.read(buffer, off, (int) Math.min(len, left));
                    if (n > 0) {
                        left -= n;
                    }
                    return n;
                }

                @Override
                public void close() throws IOException {
                    in.close();
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@return the number of bytes} Streams attachment {@code id} to {@code out}, which stays open.
     *
     * @param scope an organisation or project scope, {@code client.api()} or {@code client.api().project(p)}
     * @param id    the attachment id, {@link AttachmentReference#id()}
     * @param out   where to write the content
     * @throws ado.core.error.AdoNotFoundException if there is no such attachment
     * @throws NullPointerException                if {@code id} or {@code out} is null
     */
    public static long download(ApiCall scope, UUID id, OutputStream out) {
        return attachment(scope, id).download(out);
    }

    /**
     * {@return the number of bytes} Downloads attachment {@code id} into {@code file}, replacing it only once the
     * whole attachment has arrived, as {@link ado.core.ApiRequest#download(Path)} does (resumed or sent again within
     * the client's retry policy; a failure leaves {@code file} as it was).
     *
     * @param scope an organisation or project scope, {@code client.api()} or {@code client.api().project(p)}
     * @param id    the attachment id, {@link AttachmentReference#id()}
     * @param file  the file to write; created or replaced
     * @throws ado.core.error.AdoNotFoundException if there is no such attachment
     * @throws NullPointerException                if {@code id} or {@code file} is null
     */
    public static long download(ApiCall scope, UUID id, Path file) {
        return attachment(scope, id).download(file);
    }

    /**
     * {@return attachment {@code id} as a stream, which the caller must close}
     *
     * @param scope an organisation or project scope, {@code client.api()} or {@code client.api().project(p)}
     * @param id    the attachment id, {@link AttachmentReference#id()}
     * @throws ado.core.error.AdoNotFoundException if there is no such attachment
     * @throws NullPointerException                if {@code id} is null
     */
    public static InputStream open(ApiCall scope, UUID id) {
        return attachment(scope, id).openStream();
    }

    private static ado.core.ApiRequest attachment(ApiCall scope, UUID id) {
        Objects.requireNonNull(id, "id == null");
        return scope.apis("wit", "attachments", id.toString()).get(API_VERSION).accept("application/octet-stream");
    }
}
