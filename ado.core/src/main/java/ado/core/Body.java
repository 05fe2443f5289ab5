package ado.core;

import ado.core.internal.http.HttpSyntax;
import ado.core.internal.http.RequestBody;
import ado.core.json.JsonCodec;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The body of a request and its {@code Content-Type}. Immutable and thread-safe (a stream body's opener is
 * called by whichever thread sends the request). JSON bodies are encoded with the client's codec
 * when the request is sent; file and stream bodies are streamed, never held in memory whole, and are opened again
 * for each attempt so a retry sends them complete.
 */
public final class Body {

    private static final Body EMPTY = new Body(null, codec -> BodyPublishers::noBody);

    private final String contentType;
    private final Function<JsonCodec, Supplier<BodyPublisher>> source;

    private Body(String contentType, Function<JsonCodec, Supplier<BodyPublisher>> source) {
        this.contentType = contentType;
        this.source = source;
    }

    /**
     * {@return {@code value} as JSON ({@code application/json}), encoded with the client's codec}
     *
     * @param value a record, map, list, {@link ado.core.json.JsonValue} or anything else the codec writes
     */
    public static Body json(Object value) {
        return encoded(value, "application/json", "value");
    }

    /**
     * {@return a JSON Patch document ({@code application/json-patch+json}), such as a list of
     * {@code {op, path, value}} operations, encoded with the client's codec}
     *
     * @param operations the operations, such as a list of records or a {@link ado.core.json.JsonValue} array
     */
    public static Body jsonPatch(Object operations) {
        return encoded(operations, "application/json-patch+json", "operations");
    }

    private static Body encoded(Object value, String contentType, String field) {
        Objects.requireNonNull(value, field + " == null");
        return new Body(contentType, codec -> {
            byte[] json = codec.write(value);
            return () -> BodyPublishers.ofByteArray(json);
        });
    }

    /**
     * {@return the file at {@code file} ({@code application/octet-stream}), streamed from disk}
     *
     * @param file the file to send; read at each attempt
     */
    public static Body octetStream(Path file) {
        Objects.requireNonNull(file, "file == null");
        return new Body("application/octet-stream", codec -> () -> {
            try {
                return BodyPublishers.ofFile(file);
            } catch (FileNotFoundException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * {@return the bytes of the streams {@code opener} returns ({@code application/octet-stream}), streamed; the
     * opener is called once per attempt and each stream is closed after sending}
     *
     * @param opener opens a new stream over the same bytes, once per attempt
     */
    public static Body octetStream(Supplier<? extends InputStream> opener) {
        Objects.requireNonNull(opener, "opener == null");
        return new Body("application/octet-stream", codec -> () -> BodyPublishers.ofInputStream(opener::get));
    }

    /**
     * {@return {@code bytes} ({@code application/octet-stream}); the array is copied}
     *
     * @param bytes the bytes to send
     */
    public static Body octetStream(byte[] bytes) {
        byte[] copy = Objects.requireNonNull(bytes, "bytes == null").clone();
        return new Body("application/octet-stream", codec -> () -> BodyPublishers.ofByteArray(copy));
    }

    /**
     * {@return {@code text} in UTF-8 with the media type {@code mediaType}, such as {@code text/plain}}
     *
     * @param text the text to send
     * @param mediaType the media type; {@code ; charset=utf-8} is added unless it names a charset
     */
    public static Body text(String text, String mediaType) {
        Objects.requireNonNull(text, "text == null");
        HttpSyntax.mediaType(mediaType, "mediaType");
        String type = mediaType.contains("charset") ? mediaType : mediaType + "; charset=utf-8";
        return new Body(type, codec -> () -> BodyPublishers.ofString(text, StandardCharsets.UTF_8));
    }

    /** {@return no body} */
    public static Body empty() {
        return EMPTY;
    }

    /** {@return the {@code Content-Type}, or {@code null} for {@link #empty()}} */
    public String contentType() {
        return contentType;
    }

    RequestBody toRequest(JsonCodec codec) {
        return this == EMPTY ? RequestBody.NONE : new RequestBody(contentType, source.apply(codec));
    }

    @Override
    public String toString() {
        return "Body[" + (contentType == null ? "empty" : contentType) + "]";
    }
}
