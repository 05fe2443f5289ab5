package ado.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;

/**
 * A JDK {@link HttpServer} on 127.0.0.1 (port 0) that answers ADO-shaped URLs from pre-built bodies, so the server's
 * cost is small and the same for every client measured against it:
 * <ul>
 *   <li>{@code GET /fabrikam/_apis/projects}: the project list;</li>
 *   <li>{@code POST /fabrikam/{project}/_apis/wit/workitemsbatch}: the work item batch (request body drained);</li>
 *   <li>{@code GET /fabrikam/{project}/_apis/git/repositories/{repo}/pullrequests?$top=&$skip=}: pull request pages,
 *       an empty page past the end;</li>
 *   <li>{@code GET /fabrikam/{project}/_apis/build/builds[?continuationToken=n]}: build pages, each but the last with
 *       {@code x-ms-continuationtoken: n+1}.</li>
 * </ul>
 */
final class AdoShapedServer implements AutoCloseable {

    static final String ORGANIZATION = "fabrikam";
    private static final byte[] EMPTY_PAGE = "{\"count\":0,\"value\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    static {
        // Without TCP_NODELAY the server's separate header and body writes meet the client's delayed ACK: about
        // 40 ms per small response, which would measure the TCP stack instead of the client. Read once, by the
        // JDK's server configuration, before the first HttpServer is created.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final byte[] projects;
    private final byte[] workItems;
    private final List<byte[]> pullRequestPages;
    private final int pullRequestPageSize;
    private final List<byte[]> buildPages;

    private AdoShapedServer(byte[] projects, byte[] workItems, List<byte[]> pullRequestPages, int pullRequestPageSize,
                            List<byte[]> buildPages) throws IOException {
        this.projects = projects;
        this.workItems = workItems;
        this.pullRequestPages = pullRequestPages;
        this.pullRequestPageSize = pullRequestPageSize;
        this.buildPages = buildPages;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a server that serves the given bodies. */
    static AdoShapedServer start(byte[] projects, byte[] workItems, List<byte[]> pullRequestPages,
                                 int pullRequestPageSize, List<byte[]> buildPages) {
        try {
            return new AdoShapedServer(projects, workItems, pullRequestPages, pullRequestPageSize, buildPages);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@return the organisation URL, {@code http://127.0.0.1:port/fabrikam}} */
    URI organization() {
        var address = server.getAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + "/"
                + ORGANIZATION);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getQuery();
            if (path.endsWith("/_apis/projects")) {
                send(exchange, projects);
            } else if (path.endsWith("/_apis/wit/workitemsbatch") && exchange.getRequestMethod().equals("POST")) {
                send(exchange, workItems);
            } else if (path.endsWith("/pullrequests")) {
                int skip = Integer.parseInt(parameter(query, "$skip", "0"));
                int top = Integer.parseInt(parameter(query, "$top", "0"));
                if (top != pullRequestPageSize || skip % top != 0) {
                    exchange.sendResponseHeaders(400, -1);
                    return;
                }
                int page = skip / top;
                send(exchange, page < pullRequestPages.size() ? pullRequestPages.get(page) : EMPTY_PAGE);
            } else if (path.endsWith("/_apis/build/builds")) {
                int page = Integer.parseInt(parameter(query, "continuationToken", "0"));
                if (page + 1 < buildPages.size()) {
                    exchange.getResponseHeaders().set("x-ms-continuationtoken", Integer.toString(page + 1));
                }
                send(exchange, buildPages.get(page));
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    /** {@return the value of query parameter {@code name} (not decoded), or {@code fallback}} */
    static String parameter(String query, String name, String fallback) {
        if (query == null) {
            return fallback;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return pair.substring(eq + 1);
            }
        }
        return fallback;
    }

    private static void send(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8; api-version=7.1");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
