package ado.core.internal.http;

import ado.core.error.AdoTransportException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.Cleaner;
import java.util.function.Function;

/**
 * A response body handed to the caller ({@code ApiRequest.openStream}): its I/O failures (a stall past the limit,
 * an interrupt, a reset, a cut-off body) surface as the typed {@link AdoTransportException} the transport would
 * have thrown. The request's place in flight ({@link RequestLimit}) is given back when the body ends, fails or is
 * closed; closing it also ends the call for the client's {@link Lifecycle}. A stream the caller drops without
 * closing is closed once the garbage collector finds it unreachable, so neither is held for ever.
 */
final class CallerStream extends FilterInputStream {

    private final Function<IOException, AdoTransportException> failure;
    private final Runnable onEnd;
    private final Release release;
    private final Cleaner.Cleanable cleanable;
    private boolean closed;

    /**
     * @param onEnd   run when the body ends, fails or is closed (may run more than once: it must be idempotent)
     * @param onClose run once, when the stream is closed or found unreachable
     */
    CallerStream(InputStream in, Function<IOException, AdoTransportException> failure, Runnable onEnd,
                 Runnable onClose) {
        super(in);
        this.failure = failure;
        this.onEnd = onEnd;
        this.release = new Release(in, onEnd, onClose);
        this.cleanable = RequestLimit.whenUnreachable(this, release);
    }

    @Override
    public int read() {
        try {
            return ended(in.read());
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public int read(byte[] b, int off, int len) {
        try {
            return ended(in.read(b, off, len));
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public long skip(long n) {
        try {
            return in.skip(n);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public int available() {
        try {
            return in.available();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        cleanable.clean();
        if (release.failure != null) {
            throw release.failure;
        }
    }

    private int ended(int n) {
        if (n < 0) {
            onEnd.run();
        }
        return n;
    }

    private AdoTransportException failed(IOException e) {
        onEnd.run();   // the body is dead: the connection was aborted or cut
        return failure.apply(e);
    }

    /** Closes the body and runs the release actions, once; refers to the stream's parts, never to the stream. */
    private static final class Release implements Runnable {
        private final InputStream in;
        private final Runnable onEnd;
        private final Runnable onClose;
        private volatile IOException failure;

        Release(InputStream in, Runnable onEnd, Runnable onClose) {
            this.in = in;
            this.onEnd = onEnd;
            this.onClose = onClose;
        }

        @Override
        public void run() {
            try {
                in.close();
            } catch (IOException e) {
                failure = e;
            } finally {
                try {
                    onEnd.run();
                } finally {
                    onClose.run();
                }
            }
        }
    }
}
