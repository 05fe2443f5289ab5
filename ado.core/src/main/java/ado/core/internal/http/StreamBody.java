package ado.core.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body read as a blocking {@link InputStream} that never blocks past its limit and always reacts to
 * {@link Thread#interrupt()}, unlike the JDK's {@code BodySubscribers.ofInputStream()} (whose {@code read} swallows
 * interrupts and waits forever for a stalled body).
 *
 * <p>A read waits at most until the body's {@link Deadline} or, once {@link #idle idle-limited}, at most that long
 * for the next bytes. When a limit passes, or the reading thread is interrupted, the subscription is cancelled (the
 * JDK then closes the connection) and the read throws {@link HttpTimeoutException} naming the limit, or
 * {@link InterruptedIOException} with the interrupt flag restored. One buffer list is requested at a time.
 */
final class StreamBody implements BodySubscriber<InputStream>, Abortable {

    private static final List<ByteBuffer> END = List.of();

    private final BlockingQueue<List<ByteBuffer>> queue = new LinkedBlockingQueue<>();
    private final In stream = new In();
    private final java.util.function.Supplier<String> what;
    private final Deadline deadline;
    private volatile Duration idle;
    private volatile String idleLabel;
    private volatile Deadline hard;
    private volatile Flow.Subscription subscription;
    private volatile IOException failure;
    private volatile boolean cancelled;

    /**
     * @param deadline the time by which the whole body must have arrived (until {@link #idle} relaxes it)
     * @param what     the request, for messages (method and redacted URL)
     */
    StreamBody(Deadline deadline, java.util.function.Supplier<String> what) {
        this.deadline = deadline;
        this.what = what;
    }

    /** {@return the stream of {@code body}, if it is one of these} */
    static StreamBody of(InputStream body) {
        return body instanceof In in ? in.owner() : null;
    }

    /**
     * Replaces the whole-body deadline by a limit on each wait for more bytes: for bodies handed to the caller or
     * copied to a file, whose length and pace are the caller's business, while a stalled server still is not.
     *
     * @param whole the deadline by which the whole body must still have arrived (a call's own time limit), or
     *              {@code null} for none
     */
    void idle(Duration limit, String label, Deadline whole) {
        this.idleLabel = label;
        this.hard = whole;
        this.idle = limit;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (cancelled) {
            s.cancel();
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        if (!cancelled) {
            queue.offer(item);
        }
    }

    @Override
    public void onError(Throwable t) {
        failure = t instanceof IOException io ? io : new IOException(t);
        queue.offer(END);
    }

    @Override
    public void onComplete() {
        queue.offer(END);
    }

    @Override
    public CompletionStage<InputStream> getBody() {
        return CompletableFuture.completedFuture(stream);
    }

    @Override
    public void abort(IOException cause) {
        cancel();
        if (failure == null) {
            failure = cause;
        }
        queue.offer(END);
    }

    private void cancel() {
        cancelled = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }

    /** The stream handed out; reads happen on the caller's thread. */
    private final class In extends InputStream {

        private Iterator<ByteBuffer> buffers = List.<ByteBuffer>of().iterator();
        private ByteBuffer current;
        private boolean ended;
        private volatile boolean closed;

        StreamBody owner() {
            return StreamBody.this;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            java.util.Objects.checkFromIndexSize(off, len, b.length);
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, current.remaining());
            current.get(b, off, n);
            return n;
        }

        @Override
        public int available() throws IOException {
            if (closed) {
                throw new IOException("closed");
            }
            return current == null ? 0 : current.remaining();
        }

        /** Closes the stream; a read blocked in another thread wakes up and fails. */
        @Override
        public void close() {
            if (!closed) {
                closed = true;
                if (!ended) {
                    cancel();
                    queue.offer(END);
                }
            }
        }

        /** {@return false at the end of the body} Waits for bytes within the limits. */
        private boolean fill() throws IOException {
            if (closed) {
                throw new IOException("closed");
            }
            while (current == null || !current.hasRemaining()) {
                if (buffers.hasNext()) {
                    current = buffers.next();
                    continue;
                }
                if (ended) {
                    return false;
                }
                List<ByteBuffer> next = take();
                if (closed) {
                    throw new IOException("closed");
                }
                if (next == END) {
                    ended = true;
                    if (failure != null) {
                        throw failure;
                    }
                    return false;
                }
                buffers = next.iterator();
                Flow.Subscription s = subscription;
                if (s != null && !cancelled) {
                    s.request(1);
                }
            }
            return true;
        }

        private List<ByteBuffer> take() throws IOException {
            Duration limit = idle;
            Deadline whole = hard;
            Deadline body = limit == null ? deadline : whole;
            long wait = limit == null ? body.remainingNanos()
                    : whole == null ? Deadline.nanos(limit) : Math.min(Deadline.nanos(limit), whole.remainingNanos());
            List<ByteBuffer> next;
            try {
                next = queue.poll(wait, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                cancel();
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading the response body of " + what.get()
                        + "; the connection was aborted");
            }
            if (next == null) {
                cancel();
                String reason = body == null || !body.expired()
                        ? "no response body bytes arrived for " + Deadline.format(limit) + " (" + idleLabel + ")"
                        : "the response body was not complete within " + body.name();
                ended = true;
                failure = new HttpTimeoutException(reason + " for " + what.get() + "; the connection was aborted");
                throw failure;
            }
            return next;
        }
    }
}
