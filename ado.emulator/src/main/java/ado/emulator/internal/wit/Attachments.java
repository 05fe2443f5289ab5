package ado.emulator.internal.wit;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Work item attachments: uploaded whole, or started empty and filled chunk by chunk ({@code Content-Range}), each
 * chunk starting where the previous one ended. Thread-safe.
 */
public final class Attachments {

    /** A stored attachment. */
    public static final class Attachment {
        private final UUID id;
        private final String fileName;
        private final ByteArrayOutputStream data = new ByteArrayOutputStream();
        private long total = -1;

        Attachment(UUID id, String fileName) {
            this.id = id;
            this.fileName = fileName;
        }

        /** {@return the id} */
        public UUID id() {
            return id;
        }

        /** {@return the file name given at upload} */
        public String fileName() {
            return fileName;
        }

        /** {@return the content so far} */
        public synchronized byte[] bytes() {
            return data.toByteArray();
        }

        /** {@return whether every chunk has arrived (always for a whole upload)} */
        public synchronized boolean complete() {
            return total < 0 || data.size() == total;
        }
    }

    private final Map<UUID, Attachment> attachments = new ConcurrentHashMap<>();

    /** {@return a new attachment holding {@code bytes}} */
    public Attachment upload(String fileName, byte[] bytes) {
        var a = new Attachment(UUID.randomUUID(), fileName);
        a.data.writeBytes(bytes);
        attachments.put(a.id, a);
        return a;
    }

    /** {@return a new, empty attachment to fill by chunks} */
    public Attachment start(String fileName) {
        var a = new Attachment(UUID.randomUUID(), fileName);
        a.total = 0;
        attachments.put(a.id, a);
        return a;
    }

    /**
     * {@return the attachment after appending chunk {@code bytes} at {@code from}..{@code to} of {@code total}}
     *
     * @throws ado.emulator.internal.http.AdoError 400 when the range does not continue the upload
     */
    public Attachment chunk(UUID id, long from, long to, long total, byte[] bytes) {
        Attachment a = get(id);
        synchronized (a) {
            if (from != a.data.size() || to - from + 1 != bytes.length || to >= total
                    || a.total > 0 && a.total != total) {
                throw WitErrors.badRequest("The Content-Range bytes " + from + "-" + to + "/" + total
                        + " does not continue the upload at byte " + a.data.size() + " with " + bytes.length
                        + " bytes.");
            }
            a.total = total;
            a.data.writeBytes(bytes);
        }
        return a;
    }

    /** {@return attachment {@code id}; 404 when unknown} */
    public Attachment get(UUID id) {
        Objects.requireNonNull(id, "id == null");
        Attachment a = attachments.get(id);
        if (a == null) {
            throw WitErrors.attachmentNotFound(id.toString());
        }
        return a;
    }
}
