package ado.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * A raw-socket HTTP/1.1 server on 127.0.0.1 for transport tests: answers with queued {@link Reply replies} in
 * order (then with the fallback), records every request, counts accepted TCP connections, and can reset a
 * connection before or after reading the request, cut a body short, serve a byte range, or stall in the middle of a
 * body (fixed-length or chunked) until the client gives up, counting the connections the client closed on it.
 * Public for the fault tests in {@code ado.core.faults}.
 */
public final class FakeServer implements AutoCloseable {

    /** How long a cut reply waits between its last byte and closing the connection. */
    static final long CUT_PAUSE_MILLIS = 500;

    private final ServerSocket socket;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-server");
        t.setDaemon(true);
        return t;
    });
    private final BlockingQueue<Reply> replies = new LinkedBlockingQueue<>();
    private final List<Recorded> requests = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicLong bodyBytes = new AtomicLong();
    private final AtomicInteger closedByClient = new AtomicInteger();
    private final AtomicInteger stalling = new AtomicInteger();
    private static final Reply NO_REPLY = Reply.status(599).body("text/plain", "no reply queued");
    private volatile Reply fallback = NO_REPLY;

    private FakeServer() throws IOException {
        socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
        threads.execute(this::acceptLoop);
    }

    public static FakeServer start() {
        try {
            return new FakeServer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@return {@code http://127.0.0.1:<port>}} */
    public URI uri() {
        return uri("127.0.0.1");
    }

    /** {@return {@code http://<host>:<port>}}, such as {@code localhost}: another origin for the same server */
    public URI uri(String host) {
        return URI.create("http://" + host + ":" + socket.getLocalPort());
    }

    public FakeServer enqueue(Reply... more) {
        replies.addAll(List.of(more));
        return this;
    }

    /** Forgets the recorded requests, the queued replies and the fallback; counters keep counting. */
    public FakeServer clear() {
        synchronized (replies) {
            replies.clear();
        }
        requests.clear();
        fallback = NO_REPLY;
        return this;
    }

    public FakeServer always(Reply reply) {
        this.fallback = reply;
        return this;
    }

    public List<Recorded> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public Recorded request(int index) {
        return requests().get(index);
    }

    public int connections() {
        return connections.get();
    }

    /** {@return how many stalled replies ended because the client closed (or reset) the connection} */
    public int closedByClient() {
        return closedByClient.get();
    }

    /** {@return how many replies are stalling right now} */
    public int stalling() {
        return stalling.get();
    }

    /** {@return how many request body bytes arrived so far, over all requests} */
    public long bodyBytes() {
        return bodyBytes.get();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
        threads.shutdownNow();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                s.setTcpNoDelay(true);
                connections.incrementAndGet();
                threads.execute(() -> serve(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
            synchronized (replies) {
                Reply first = replies.peek();
                if (first != null && first.kind == Kind.RESET_BEFORE_READ) {
                    replies.poll();
                    reset(s);
                    return;
                }
            }
            while (true) {
                Recorded request = read(in);
                if (request == null) {
                    return;
                }
                Reply reply;
                synchronized (replies) {
                    reply = replies.poll();
                }
                reply = reply == null ? fallback : reply;
                requests.add(request);
                if (reply.kind == Kind.HOLD) {
                    stall(s, in);
                    return;
                }
                if (reply.kind != Kind.REPLY) {
                    reset(s);
                    return;
                }
                if (reply.delayMillis > 0) {
                    Thread.sleep(reply.delayMillis);
                }
                if (!write(out, reply, request)) {
                    if (reply.shape.stall) {
                        stall(s, in);
                    } else {
                        Thread.sleep(CUT_PAUSE_MILLIS); // lets the client consume what was sent before the close
                    }
                    return; // a body cut short: the connection ends here
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client went away
        }
    }

    private static void reset(Socket s) throws IOException {
        s.setSoLinger(true, 0);
        s.close();
    }

    private Recorded read(InputStream in) throws IOException {
        String requestLine = line(in);
        if (requestLine == null || requestLine.isEmpty()) {
            return null;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
            int colon = h.indexOf(':');
            headers.computeIfAbsent(h.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(h.substring(colon + 1).strip());
        }
        String[] parts = requestLine.split(" ");
        var body = new ByteArrayOutputStream();
        if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
            for (int size = Integer.parseInt(line(in).strip(), 16); size > 0;
                 size = Integer.parseInt(line(in).strip(), 16)) {
                copy(in, body, size);
                line(in);
            }
            line(in);
        } else {
            copy(in, body, Long.parseLong(headers.getOrDefault("content-length", List.of("0")).get(0)));
        }
        return new Recorded(parts[0], parts[1], headers, body.toByteArray());
    }

    private void copy(InputStream in, ByteArrayOutputStream body, long n) throws IOException {
        byte[] buffer = new byte[8192];
        while (n > 0) {
            int r = in.read(buffer, 0, (int) Math.min(buffer.length, n));
            if (r < 0) {
                throw new IOException("body cut short");
            }
            body.write(buffer, 0, r);
            bodyBytes.addAndGet(r);
            n -= r;
        }
    }

    private static String line(InputStream in) throws IOException {
        var sb = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                return sb.length() == 0 ? null : sb.toString();
            }
            if (c != '\r') {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    /** {@return false if the body was cut short (the connection must end)} */
    private static boolean write(OutputStream out, Reply reply, Recorded request) throws IOException {
        boolean head = request.method().equals("HEAD");
        Body shape = reply.shape;
        int status = reply.status;
        byte[] body = reply.body;
        var headers = new LinkedHashMap<>(reply.headers);
        String range = request.header("Range");
        if (reply.ranged && range != null && range.startsWith("bytes=") && range.endsWith("-")
                && validatorMatches(reply, request.header("If-Range"))) {
            int from = Integer.parseInt(range.substring(6, range.length() - 1));
            if (from >= body.length) {
                status = 416;
                headers.put("Content-Range", "bytes */" + body.length);
                body = new byte[0];
            } else {
                status = 206;
                headers.put("Content-Range", "bytes " + from + "-" + (body.length - 1) + "/" + body.length);
                body = java.util.Arrays.copyOfRange(body, from, body.length);
            }
        }
        var sb = new StringBuilder("HTTP/1.1 ").append(status).append(" X\r\n");
        headers.forEach((k, v) -> sb.append(k).append(": ").append(v).append("\r\n"));
        sb.append(shape.chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + body.length)
                .append("\r\n\r\n");
        var bytes = new ByteArrayOutputStream();
        bytes.write(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
        boolean whole = shape.cutAt < 0 || shape.cutAt >= body.length;
        if (!head) {
            int length = whole ? body.length : shape.cutAt;
            if (!shape.chunked) {
                bytes.write(body, 0, length);
            } else {
                for (int from = 0; from < length; from += 4096) {
                    int n = Math.min(4096, length - from);
                    bytes.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    bytes.write(body, from, n);
                    bytes.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                if (whole) {
                    bytes.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
            }
        }
        out.write(bytes.toByteArray());
        out.flush();
        return head || whole;
    }

    /** Holds a connection open without sending until the client closes it, the server closes, or a minute passes. */
    private void stall(Socket s, InputStream in) throws IOException {
        stalling.incrementAndGet();
        try {
            s.setSoTimeout(50);
            long end = System.nanoTime() + 60_000_000_000L;
            while (System.nanoTime() < end && !socket.isClosed()) {
                try {
                    if (in.read() < 0) {
                        closedByClient.incrementAndGet();
                        return;
                    }
                } catch (java.net.SocketTimeoutException quiet) {
                    // still open: keep holding it
                } catch (IOException reset) {
                    closedByClient.incrementAndGet();
                    return;
                }
            }
        } finally {
            stalling.decrementAndGet();
        }
    }

    private static boolean validatorMatches(Reply reply, String ifRange) {
        return ifRange == null || ifRange.equals(reply.headers.get("ETag"))
                || ifRange.equals(reply.headers.get("Last-Modified"));
    }

    /** A request as the server saw it; header names are lower case. */
    public record Recorded(String method, String target, Map<String, List<String>> headers, byte[] body) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /**
     * How a reply's body goes out: with a length or chunked; whole, or only its first {@code cutAt} bytes and then
     * closed ({@code stall} false) or held open ({@code stall} true).
     */
    record Body(boolean chunked, int cutAt, boolean stall) {
        static final Body WHOLE = new Body(false, -1, false);
    }

    public enum Kind { REPLY, RESET_BEFORE_READ, RESET_AFTER_READ, HOLD }

    /** What the server does with one request. Immutable; the modifiers return copies. */
    public static final class Reply {

        final Kind kind;
        final int status;
        final Map<String, String> headers;
        final byte[] body;
        final long delayMillis;
        final Body shape;
        /** Whether a {@code Range: bytes=N-} request gets a 206 with the body from byte N. */
        final boolean ranged;

        private Reply(Kind kind, int status, Map<String, String> headers, byte[] body, long delayMillis) {
            this(kind, status, headers, body, delayMillis, Body.WHOLE, false);
        }

        private Reply(Kind kind, int status, Map<String, String> headers, byte[] body, long delayMillis, Body shape) {
            this(kind, status, headers, body, delayMillis, shape, false);
        }

        private Reply(Kind kind, int status, Map<String, String> headers, byte[] body, long delayMillis, Body shape,
                      boolean ranged) {
            this.kind = kind;
            this.status = status;
            this.headers = headers;
            this.body = body;
            this.delayMillis = delayMillis;
            this.shape = shape;
            this.ranged = ranged;
        }

        public static Reply status(int status) {
            return new Reply(Kind.REPLY, status, Map.of(), new byte[0], 0);
        }

        public static Reply json(int status, String json) {
            return status(status).body("application/json; charset=utf-8", json);
        }

        /** Resets the connection as soon as it is accepted, before reading anything. */
        public static Reply resetOnAccept() {
            return new Reply(Kind.RESET_BEFORE_READ, 0, Map.of(), new byte[0], 0);
        }

        /**
         * Reads the whole request (it is recorded), then sends nothing, not even the headers, and holds the connection
         * open as {@link #stallAfter} does (counted by {@link FakeServer#closedByClient()} when the client closes it).
         */
        public static Reply hold() {
            return new Reply(Kind.HOLD, 0, Map.of(), new byte[0], 0);
        }

        /** Reads the whole request (it is recorded), then resets the connection without answering. */
        public static Reply resetAfterRequest() {
            return new Reply(Kind.RESET_AFTER_READ, 0, Map.of(), new byte[0], 0);
        }

        public Reply header(String name, String value) {
            var copy = new LinkedHashMap<>(headers);
            copy.put(name, value);
            return new Reply(kind, status, Collections.unmodifiableMap(copy), body, delayMillis, shape, ranged);
        }

        public Reply body(String contentType, String text) {
            return header("Content-Type", contentType).bytes(text.getBytes(StandardCharsets.UTF_8));
        }

        public Reply bytes(byte[] bytes) {
            return new Reply(kind, status, headers, bytes, delayMillis, shape, ranged);
        }

        public Reply gzip() {
            var out = new ByteArrayOutputStream();
            try (var gz = new GZIPOutputStream(out)) {
                gz.write(body);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return header("Content-Encoding", "gzip").bytes(out.toByteArray());
        }

        public Reply delay(long millis) {
            return new Reply(kind, status, headers, body, millis, shape, ranged);
        }

        /** {@return a copy of the body bytes this reply sends (after {@link #gzip()}, the compressed ones)} */
        public byte[] bodyBytes() {
            return body.clone();
        }

        /**
         * {@return this reply honouring {@code Range: bytes=N-}}: such a request gets {@code 206} with
         * {@code Content-Range: bytes N-last/length} and the body from byte N (416 when N is past the end), unless
         * it carries an {@code If-Range} that differs from this reply's {@code ETag} (and {@code Last-Modified}),
         * which gets the whole body with this reply's status, as RFC 9110 says
         */
        public Reply ranged() {
            return new Reply(kind, status, headers, body, delayMillis, shape, true);
        }

        /** Sends the body with {@code Transfer-Encoding: chunked} (one chunk per 4 KiB) instead of a length. */
        public Reply chunked() {
            return new Reply(kind, status, headers, body, delayMillis, new Body(true, shape.cutAt, shape.stall), ranged);
        }

        /**
         * Sends the headers (announcing the whole body) and the first {@code bytes} bytes of the body, then closes
         * the connection: a body cut short.
         */
        public Reply cutAfter(int bytes) {
            return new Reply(kind, status, headers, body, delayMillis, new Body(shape.chunked, bytes, false), ranged);
        }

        /**
         * Sends the headers (announcing the whole body) and the first {@code bytes} bytes of the body, then sends
         * nothing more and holds the connection open until the client closes it (counted by
         * {@link FakeServer#closedByClient()}), the server closes, or a minute has passed: a stalled body.
         */
        public Reply stallAfter(int bytes) {
            return new Reply(kind, status, headers, body, delayMillis, new Body(shape.chunked, bytes, true), ranged);
        }
    }
}
