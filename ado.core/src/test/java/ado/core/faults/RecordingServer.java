package ado.core.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javax.net.ssl.SSLContext;

/**
 * A JDK {@code HttpServer} (or {@code HttpsServer}) on 127.0.0.1 that records every request (method, target, headers
 * with lower-case names, body) and answers with a handler; unhandled requests get 599.
 */
final class RecordingServer implements AutoCloseable {

    /** A request as the server saw it. */
    record Seen(String method, String target, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** {@return the request as text, headers and body included, as an echoing server would show it} */
        String dump() {
            return method + " " + target + "\n" + headers + "\n" + bodyText();
        }
    }

    /** An answer. */
    record Answer(int status, Map<String, String> headers, byte[] body) {

        static Answer status(int status) {
            return new Answer(status, Map.of(), new byte[0]);
        }

        static Answer redirect(int status, String location) {
            return new Answer(status, Map.of("Location", location), new byte[0]);
        }

        static Answer json(int status, String json) {
            return new Answer(status, Map.of("Content-Type", "application/json; charset=utf-8"),
                    json.getBytes(StandardCharsets.UTF_8));
        }

        static Answer text(int status, String contentType, String text) {
            return new Answer(status, Map.of("Content-Type", contentType), text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private final HttpServer server;
    private final String scheme;
    private final List<Seen> requests = Collections.synchronizedList(new ArrayList<>());
    private volatile Function<Seen, Answer> handler = seen -> Answer.status(599);

    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "recording-server");
        t.setDaemon(true);
        return t;
    });

    private RecordingServer(HttpServer server, String scheme) {
        this.server = server;
        this.scheme = scheme;
        server.createContext("/", this::serve);
        server.setExecutor(threads);
        server.start();
    }

    static RecordingServer http() {
        try {
            return new RecordingServer(HttpServer.create(loopback(), 0), "http");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static RecordingServer https() {
        try {
            HttpsServer s = HttpsServer.create(loopback(), 0);
            s.setHttpsConfigurator(new HttpsConfigurator(SelfSignedTls.server()));
            return new RecordingServer(s, "https");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InetSocketAddress loopback() throws IOException {
        return new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0);
    }

    RecordingServer handle(Function<Seen, Answer> handler) {
        this.handler = handler;
        return this;
    }

    /** {@return {@code scheme://127.0.0.1:port}} */
    URI uri() {
        return uri("127.0.0.1");
    }

    URI uri(String host) {
        return URI.create(scheme + "://" + host + ":" + server.getAddress().getPort());
    }

    /** {@return the origin as ado.core names it in messages: {@code scheme://host:port}} */
    String origin() {
        return uri().toString();
    }

    List<Seen> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
            var seen = new Seen(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers,
                    in.readAllBytes());
            requests.add(seen);
            Answer answer = handler.apply(seen);
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            boolean empty = answer.body().length == 0 || seen.method().equals("HEAD");
            exchange.sendResponseHeaders(answer.status(), empty ? -1 : answer.body().length);
            if (!empty) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer.body());
                }
            }
        }
    }
}
