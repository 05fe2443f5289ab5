package ado.core;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A JDK {@code HttpServer} on 127.0.0.1, port 0, for the observability tests: each request is answered by the
 * current {@link Handler}, which sees the exchange and the number of the request (from 0).
 */
final class WireServer implements AutoCloseable {

    /** Answers one request. */
    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange exchange, int index) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "wire-server");
        t.setDaemon(true);
        return t;
    });
    private final List<String> seen = Collections.synchronizedList(new ArrayList<>());
    private volatile Handler handler = (x, i) -> send(x, 599, Map.of(), new byte[0]);

    WireServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", x -> {
            try (x) {
                byte[] body = x.getRequestBody().readAllBytes();
                int index;
                synchronized (seen) {
                    index = seen.size();
                    seen.add(x.getRequestMethod() + " " + x.getRequestURI() + " "
                            + new String(body, StandardCharsets.UTF_8));
                }
                handler.handle(x, index);
            }
        });
        server.setExecutor(threads);
        server.start();
    }

    WireServer handle(Handler h) {
        this.handler = h;
        return this;
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** {@return the requests seen: method, target and body} */
    List<String> requests() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    static void send(HttpExchange x, int status, Map<String, String> headers, byte[] body) throws IOException {
        headers.forEach((k, v) -> x.getResponseHeaders().set(k, v));
        boolean empty = body.length == 0;
        x.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static void json(HttpExchange x, int status, String json) throws IOException {
        send(x, status, Map.of("Content-Type", "application/json; charset=utf-8"),
                json.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
