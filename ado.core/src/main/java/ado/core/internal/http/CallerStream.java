package ado.core.internal.http;

import ado.core.error.AdoTransportException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;

/**
 * A response body handed to the caller ({@code ApiRequest.openStream}): its I/O failures (a stall past the limit,
 * an interrupt, a reset, a cut-off body) surface as the typed {@link AdoTransportException} the transport would
 * have thrown, and closing it also ends the call for the client's {@link Lifecycle}.
 */
final class CallerStream extends FilterInputStream {

    private final Function<IOException, AdoTransportException> failure;
    private final Runnable onClose;
    private boolean closed;

    CallerStream(InputStream in, Function<IOException, AdoTransportException> failure, Runnable onClose) {
        super(in);
        this.failure = failure;
        this.onClose = onClose;
    }

    @Override
    public int read() {
        try {
            return in.read();
        } catch (IOException e) {
            throw failure.apply(e);
        }
    }

    @Override
    public int read(byte[] b, int off, int len) {
        try {
            return in.read(b, off, len);
        } catch (IOException e) {
            throw failure.apply(e);
        }
    }

    @Override
    public long skip(long n) {
        try {
            return in.skip(n);
        } catch (IOException e) {
            throw failure.apply(e);
        }
    }

    @Override
    public int available() {
        try {
            return in.available();
        } catch (IOException e) {
            throw failure.apply(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            in.close();
        } finally {
            onClose.run();
        }
    }
}
