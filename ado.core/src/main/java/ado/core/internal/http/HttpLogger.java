package ado.core.internal.http;

import ado.core.HttpLogLevel;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest.BodyPublisher;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The opt-in HTTP log of one client ({@link HttpLogLevel}): writes one record per attempt to the logger
 * {@value #NAME} at {@code INFO}. Redacts headers by name ({@code Authorization}, {@code Proxy-Authorization},
 * {@code Cookie}, {@code Set-Cookie}, names secret by {@link UrlRules#isSecretName}, and the names the user
 * configured), URLs by {@link UrlRules#redact}, JSON bodies by {@link JsonRedactor}, and everything shown by value
 * ({@link Redaction#scrub}: the client's credentials, the request's secret header and query values). Bodies are
 * captured as they pass, up to the limit, never read a second time; bodies that are not text are only counted.
 */
final class HttpLogger {

    /** The logger's name. */
    static final String NAME = "ado.core.http.wire";
    private static final System.Logger WIRE = System.getLogger(NAME);
    private static final Set<String> ALWAYS_SECRET = Set.of("authorization", "proxy-authorization", "cookie",
            "set-cookie", "cookie2", "set-cookie2");

    private final HttpLogLevel level;
    private final int bodyLimit;
    private final Set<String> sensitive;

    /**
     * @param level     how much to log
     * @param bodyLimit the most bytes of a body shown
     * @param sensitive more header names whose values are masked (any case)
     */
    HttpLogger(HttpLogLevel level, int bodyLimit, Collection<String> sensitive) {
        this.level = level;
        this.bodyLimit = bodyLimit;
        this.sensitive = sensitive.stream().map(n -> n.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** {@return whether anything is logged for a call starting now} */
    boolean on() {
        return level != HttpLogLevel.NONE && WIRE.isLoggable(Level.INFO);
    }

    boolean headers() {
        return level.compareTo(HttpLogLevel.HEADERS) >= 0;
    }

    boolean bodies() {
        return level == HttpLogLevel.BODIES;
    }

    int bodyLimit() {
        return bodyLimit;
    }

    /** {@return whether the value of header {@code name} is masked} */
    boolean secretHeader(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return ALWAYS_SECRET.contains(n) || sensitive.contains(n) || UrlRules.isSecretName(name);
    }

    void write(String record) {
        WIRE.log(Level.INFO, record);
    }

    /** Appends {@code headers}, one per line after {@code prefix}, secrets masked. */
    void appendHeaders(StringBuilder sb, String prefix, HttpHeaders headers, Collection<String> secrets) {
        for (Map.Entry<String, List<String>> e : headers.map().entrySet()) {
            for (String value : e.getValue()) {
                sb.append('\n').append(prefix).append(e.getKey()).append(": ")
                        .append(secretHeader(e.getKey()) ? Redaction.MASK : Redaction.scrub(value, secrets));
            }
        }
    }

    /**
     * Appends a body: text up to the limit, redacted, saying how much was cut; other bodies by type and size.
     *
     * @param captured the first bytes of the body (at most the limit), or {@code null} when not captured
     * @param total    the body's length, or -1 when unknown
     */
    void appendBody(StringBuilder sb, String prefix, String contentType, byte[] captured, long total,
                    Collection<String> secrets) {
        if (total == 0) {
            return;
        }
        sb.append('\n').append(prefix).append("body: ");
        String size = total < 0 ? "length unknown" : total + " B";
        if (!isText(contentType) || captured == null) {
            sb.append(size).append(contentType == null ? "" : " of " + contentType).append(", not shown");
            return;
        }
        long cut = total < 0 ? -1 : total - captured.length;
        sb.append(size).append(cut > 0 ? ", showing the first " + captured.length + " B, " + cut + " B cut" : "")
                .append('\n');
        String text = new String(captured, charset(contentType));
        if (isJson(contentType)) {
            text = JsonRedactor.redact(text);
        }
        sb.append(Redaction.scrub(text, secrets));
        if (cut > 0) {
            sb.append("...[").append(cut).append(" B cut]");
        }
    }

    /** {@return whether bodies of {@code contentType} are text: {@code text/*}, JSON and XML types} */
    static boolean isText(String contentType) {
        if (contentType == null) {
            return false;
        }
        String t = mediaType(contentType);
        return t.startsWith("text/") || isJson(contentType) || t.equals("application/xml") || t.endsWith("+xml");
    }

    static boolean isJson(String contentType) {
        String t = mediaType(contentType);
        return t.equals("application/json") || t.endsWith("+json");
    }

    private static String mediaType(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static Charset charset(String contentType) {
        int at = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
        if (at >= 0) {
            String name = contentType.substring(at + 8).split(";")[0].strip().replace("\"", "");
            try {
                return Charset.forName(name);
            } catch (RuntimeException unknown) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** The first bytes (up to a limit) of something that passes by, and its length. Thread-safe. */
    static final class Capture {

        private final byte[] head;
        private int captured;
        private long total;

        /** @param limit how many bytes to keep; 0 counts only */
        Capture(int limit) {
            this.head = new byte[limit];
        }

        synchronized void add(ByteBuffer b) {
            int n = b.remaining();
            int keep = Math.min(n, head.length - captured);
            if (keep > 0) {
                b.duplicate().get(head, captured, keep);
                captured += keep;
            }
            total += n;
        }

        synchronized void add(byte[] b, int off, int n) {
            int keep = Math.min(n, head.length - captured);
            if (keep > 0) {
                System.arraycopy(b, off, head, captured, keep);
                captured += keep;
            }
            total += n;
        }

        synchronized void skipped(long n) {
            total += n;
            captured = head.length; // what follows is not contiguous with what was kept: keep no more
        }

        synchronized long total() {
            return total;
        }

        synchronized byte[] head() {
            return Arrays.copyOf(head, Math.min(captured, (int) Math.min(total, head.length)));
        }
    }

    /** Sends a request body through, capturing it as the HTTP client pulls it: nothing is read twice. */
    static final class CapturingPublisher implements BodyPublisher {

        private final BodyPublisher delegate;
        private final Capture capture;

        CapturingPublisher(BodyPublisher delegate, Capture capture) {
            this.delegate = delegate;
            this.capture = capture;
        }

        @Override
        public long contentLength() {
            return delegate.contentLength();
        }

        @Override
        public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
            delegate.subscribe(new Flow.Subscriber<ByteBuffer>() {
                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    subscriber.onSubscribe(subscription);
                }

                @Override
                public void onNext(ByteBuffer item) {
                    capture.add(item);
                    subscriber.onNext(item);
                }

                @Override
                public void onError(Throwable throwable) {
                    subscriber.onError(throwable);
                }

                @Override
                public void onComplete() {
                    subscriber.onComplete();
                }
            });
        }
    }

    /**
     * A response body on its way to the reader, counted and its first bytes captured as they pass; {@code onEnd}
     * is told once, at its end or when it is closed, whether the end was reached.
     */
    static final class LoggedBody extends FilterInputStream {

        private final Capture capture;
        private final BiConsumer<Capture, Boolean> onEnd;
        private final AtomicBoolean ended = new AtomicBoolean();

        LoggedBody(InputStream in, Capture capture, BiConsumer<Capture, Boolean> onEnd) {
            super(in);
            this.capture = capture;
            this.onEnd = onEnd;
        }

        @Override
        public int read() throws IOException {
            int c = in.read();
            if (c < 0) {
                end(true);
            } else {
                capture.add(new byte[] {(byte) c}, 0, 1);
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n < 0) {
                end(true);
            } else if (n > 0) {
                capture.add(b, off, n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = in.skip(n);
            if (skipped > 0) {
                capture.skipped(skipped);
            }
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public void close() throws IOException {
            try {
                in.close();
            } finally {
                end(false);
            }
        }

        private void end(boolean complete) {
            if (ended.compareAndSet(false, true)) {
                onEnd.accept(capture, complete);
            }
        }
    }
}
