package ado.core.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Sends one HTTP request and waits for its response within a {@link Deadline}, interruptibly. A body read into
 * memory by the JDK ({@link InMemoryBody}) must be complete by the deadline; a streamed body comes back as a
 * {@link StreamBody} that enforces the deadline on every read. When the deadline passes or the thread is
 * interrupted, the body subscription is cancelled so the JDK closes the connection instead of leaving it, and the
 * caller, waiting; the wait for the headers is bounded by the request's own timeout (the deadline).
 */
final class TimedSend {

    private TimedSend() {
    }

    /**
     * {@return the response, its body an {@link InMemoryBody} or a {@link StreamBody}}
     *
     * @param inMemory whether the caller reads the whole body into memory anyway
     * @param what     the request for messages (method and redacted URL), built only when one is needed
     * @throws HttpTimeoutException when the deadline passes first; the message names it
     * @throws InterruptedException when the thread is interrupted (the exchange is aborted)
     */
    static HttpResponse<InputStream> send(HttpClient http, Watchdog watchdog, HttpRequest request, boolean inMemory,
                                          Deadline deadline, Supplier<String> what)
            throws IOException, InterruptedException {
        var body = new AtomicReference<Abortable>();
        var expired = new AtomicBoolean();
        Supplier<HttpTimeoutException> timeout = () -> new HttpTimeoutException("no complete response within "
                + deadline.name() + " for " + what.get() + "; the connection was aborted");
        BodyHandler<InputStream> handler = handler(inMemory, deadline, what, body);
        BodyHandler<InputStream> guarded = info -> {
            BodySubscriber<InputStream> subscriber = handler.apply(info);
            if (expired.get()) {   // the deadline passed while the headers were arriving
                body.get().abort(timeout.get());
            }
            return subscriber;
        };
        // The JDK's request timeout (set to the deadline) bounds the wait for the headers; this bounds a body the
        // JDK reads into memory before send returns. Blocking send() on the caller's thread avoids the extra
        // hand-off sendAsync() makes through the common pool on every response.
        Watchdog.Watch watch = watchdog.at(deadline, () -> {
            expired.set(true);
            Abortable started = body.get();
            if (started != null) {
                started.abort(timeout.get());
            }
        });
        try {
            return http.send(request, guarded);
        } catch (InterruptedException e) {
            Abortable started = body.get();
            if (started != null) {
                started.abort(new InterruptedIOException("interrupted"));
            }
            throw e;
        } catch (IOException e) {
            if (!(e instanceof HttpConnectTimeoutException) && (expired.get() || deadline.remainingNanos() <= 0)) {
                HttpTimeoutException named = timeout.get();
                named.initCause(e);
                throw named;
            }
            throw e;
        } finally {
            watch.close();
        }
    }

    /**
     * {@return the body handler of one attempt}: bodies read into memory anyway and announced small enough are
     * buffered by the JDK ({@link InMemoryBody}); all others are a {@link StreamBody}. The subscriber it makes is
     * put into {@code made}, so the attempt can be aborted.
     */
    static BodyHandler<InputStream> handler(boolean inMemory, Deadline deadline, Supplier<String> what,
                                            AtomicReference<Abortable> made) {
        return info -> {
            if (inMemory && InMemoryBody.buffered(info)) {
                var buffering = new AbortableSubscriber<>(InMemoryBody.buffering());
                made.set(buffering);
                return buffering;
            }
            var streamed = new StreamBody(deadline, what);
            made.set(streamed);
            return streamed;
        };
    }

    /** Wraps a body subscriber so that it can be aborted from the waiting thread. */
    static final class AbortableSubscriber<T> implements BodySubscriber<T>, Abortable {

        private final BodySubscriber<T> delegate;
        private final AtomicBoolean done = new AtomicBoolean();
        private volatile Flow.Subscription subscription;

        AbortableSubscriber(BodySubscriber<T> delegate) {
            this.delegate = delegate;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            delegate.onSubscribe(s);
            if (done.get()) {
                s.cancel();
            }
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            if (!done.get()) {
                delegate.onNext(item);
            }
        }

        @Override
        public void onError(Throwable t) {
            if (done.compareAndSet(false, true)) {
                delegate.onError(t);
            }
        }

        @Override
        public void onComplete() {
            if (done.compareAndSet(false, true)) {
                delegate.onComplete();
            }
        }

        @Override
        public CompletionStage<T> getBody() {
            return delegate.getBody();
        }

        @Override
        public void abort(IOException cause) {
            if (done.compareAndSet(false, true)) {
                Flow.Subscription s = subscription;
                if (s != null) {
                    s.cancel();
                }
                delegate.onError(cause);
            }
        }
    }
}
