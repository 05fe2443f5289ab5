package ado.core.internal.http;

import java.io.IOException;
import java.io.InputStream;

/**
 * Consumes a successful response body (already gunzipped). The reader owns the stream: it closes it, or hands it
 * to the caller.
 *
 * @param <R> the result
 */
public interface BodyReader<R> {

    /** Reads the whole body into memory. */
    BodyReader<byte[]> BYTES = in -> {
        try (in) {
            return in.readAllBytes();
        }
    };

    /** {@return the result of reading {@code body}} */
    R read(InputStream body) throws IOException;

    /** {@return whether a failure while reading may be answered by sending the request again} */
    default boolean replayable() {
        return true;
    }

    /** {@return a reader that is not replayable, for bodies written somewhere or handed to the caller} */
    static <R> BodyReader<R> once(BodyReader<R> reader) {
        return new BodyReader<>() {
            @Override
            public R read(InputStream body) throws IOException {
                return reader.read(body);
            }

            @Override
            public boolean replayable() {
                return false;
            }
        };
    }
}
