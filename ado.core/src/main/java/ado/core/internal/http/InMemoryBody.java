package ado.core.internal.http;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;
import java.util.OptionalLong;

/**
 * A response body the JDK client has already read into one array on its own threads, for requests whose result is
 * read into memory anyway. Handing the bytes over whole saves the per-buffer hand-off of a blocking
 * {@link InputStream} between the client's selector thread and the caller, and a copy.
 */
final class InMemoryBody extends ByteArrayInputStream {

    /** Bodies announced larger than this are streamed, not buffered by the client. */
    static final long MAX_BUFFERED = 64L << 20;

    /** {@return whether a body is buffered: an announced {@code Content-Length} of at most {@link #MAX_BUFFERED}} */
    static boolean buffered(ResponseInfo info) {
        OptionalLong length;
        try {
            length = info.headers().firstValueAsLong("Content-Length");
        } catch (NumberFormatException malformed) {
            length = OptionalLong.empty();
        }
        return length.isPresent() && length.getAsLong() >= 0 && length.getAsLong() <= MAX_BUFFERED;
    }

    /** {@return a subscriber that buffers the whole body into one array} */
    static BodySubscriber<InputStream> buffering() {
        return BodySubscribers.mapping(BodySubscribers.ofByteArray(), InMemoryBody::new);
    }

    InMemoryBody(byte[] bytes) {
        super(bytes);
    }

    /** {@return the whole body, without copying, if nothing of it has been read yet} */
    byte[] untouched() {
        return pos == 0 && count == buf.length ? buf : null;
    }
}
