package ado.core.internal.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.util.Arrays;

/**
 * Consumes a successful response body (already gunzipped). The reader owns the stream: it closes it, or hands it
 * to the caller.
 *
 * @param <R> the result
 */
public interface BodyReader<R> {

    /**
     * Reads the whole body into memory: straight into an array of the announced length when the server sent one
     * (no intermediate buffers to copy, which matters for megabyte-sized lists), else buffered.
     */
    BodyReader<byte[]> BYTES = new BodyReader<>() {
        @Override
        public byte[] read(InputStream in) throws IOException {
            return read(in, -1);
        }

        @Override
        public byte[] read(InputStream in, long length) throws IOException {
            if (in instanceof InMemoryBody whole && whole.untouched() != null) {
                return whole.untouched();
            }
            try (in) {
                if (length < 0 || length > Integer.MAX_VALUE - 8) {
                    return in.readAllBytes();
                }
                byte[] bytes = new byte[(int) length];
                int n = in.readNBytes(bytes, 0, bytes.length);
                if (n < bytes.length) {
                    throw new EOFException("response body ended after " + n + " of " + length + " bytes");
                }
                byte[] rest = in.readAllBytes(); // a server that sent more than it announced: keep it all
                if (rest.length == 0) {
                    return bytes;
                }
                byte[] all = Arrays.copyOf(bytes, bytes.length + rest.length);
                System.arraycopy(rest, 0, all, bytes.length, rest.length);
                return all;
            }
        }

        @Override
        public boolean inMemory() {
            return true;
        }
    };

    /**
     * Hands the (gunzipped) body to the caller unread, as an {@link InputStream} whose failures are typed
     * {@code AdoTransportException}s and whose limit is a stall limit per read, not a whole-body deadline.
     */
    BodyReader<InputStream> HAND_OVER = new BodyReader<>() {
        @Override
        public InputStream read(InputStream body) {
            return body;
        }

        @Override
        public boolean replayable() {
            return false;
        }

        @Override
        public boolean handsOver() {
            return true;
        }
    };

    /** {@return the result of reading {@code body}} */
    R read(InputStream body) throws IOException;

    /**
     * {@return the result of reading {@code body}, whose decoded length is {@code length}, or -1 when unknown}
     * Readers that can use the length override this.
     */
    default R read(InputStream body, long length) throws IOException {
        return read(body);
    }

    /**
     * {@return the result of reading {@code body}, the body of a success answer with {@code status} and
     * {@code headers}} Readers that look at the answer (a resumed download checks {@code Content-Range}) override
     * this; the default ignores them.
     */
    default R read(int status, HttpHeaders headers, InputStream body, long length) throws IOException {
        return read(body, length);
    }

    /**
     * {@return the request to send for the next attempt}, called before every attempt: a reader that resumes an
     * interrupted body adds its {@code Range} headers here; the default sends {@code spec} unchanged
     */
    default RequestSpec prepare(RequestSpec spec) {
        return spec;
    }

    /**
     * {@return whether the error answer {@code status} only refuses what {@link #prepare} added, so the request is
     * sent again at once, as {@code prepare} now makes it} Called for every status of 400 and above before the retry
     * policy and the error mapping see it; a reader that answers {@code true} must change what {@code prepare}
     * returns, so that it cannot answer {@code true} twice in a row. A resuming download answers {@code true} to a
     * {@code 416 Range Not Satisfiable} for the range it asked for, and asks for the whole body next. The default
     * answers {@code false}.
     */
    default boolean startOver(int status) {
        return false;
    }

    /** {@return whether a failure while reading may be answered by sending the request again} */
    default boolean replayable() {
        return true;
    }

    /**
     * {@return whether this reader reads the whole body into memory, so the HTTP client may buffer it on its own
     * threads first}
     */
    default boolean inMemory() {
        return false;
    }

    /** {@return whether the reader returns the body stream itself, for the caller to read and close} */
    default boolean handsOver() {
        return false;
    }

    /** {@return a reader that is not replayable, for bodies written somewhere} */
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
