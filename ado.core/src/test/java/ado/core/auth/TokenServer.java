package ado.core.auth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A JDK HttpServer on 127.0.0.1 that plays token endpoints (Entra, IMDS, App Service, Azure Pipelines OIDC) and
 * Azure DevOps itself: each path is answered by a handler; every request is recorded.
 */
final class TokenServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Function<Request, Reply>> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

    private TokenServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    static TokenServer start() {
        try {
            return new TokenServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return {@code http://127.0.0.1:<port>}} */
    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers requests whose path is {@code path} with {@code handler}. */
    TokenServer route(String path, Function<Request, Reply> handler) {
        routes.put(path, handler);
        return this;
    }

    /** {@return the requests to {@code path}, in arrival order} */
    List<Request> requests(String path) {
        synchronized (requests) {
            return requests.stream().filter(r -> r.path().equals(path)).toList();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
            var request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(), headers,
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            requests.add(request);
            Function<Request, Reply> handler = routes.get(request.path());
            Reply reply = handler == null ? Reply.json(404, "{\"error\":\"no_route\"}") : handler.apply(request);
            byte[] body = reply.json().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        }
    }

    /** A request as the server saw it; header names are lower case. */
    record Request(String method, String path, String query, Map<String, List<String>> headers, String body) {

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        /** {@return the form fields of an urlencoded body} */
        Map<String, String> form() {
            return decode(body);
        }

        /** {@return the query parameters} */
        Map<String, String> params() {
            return decode(query == null ? "" : query);
        }

        private static Map<String, String> decode(String text) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String pair : text.split("&")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            return fields;
        }
    }

    /** What the server answers. */
    record Reply(int status, String json) {

        static Reply json(int status, String json) {
            return new Reply(status, json);
        }

        /** An Entra-style answer: {@code expires_in} as a number. */
        static Reply token(String token, long expiresIn) {
            return json(200, "{\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + ",\"ext_expires_in\":"
                    + expiresIn + ",\"access_token\":\"" + token + "\"}");
        }
    }
}
