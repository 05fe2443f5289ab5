package ado.model.core;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.AdoClient;
import ado.core.auth.Credentials;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Paging of the project list against a JDK HttpServer that holds 150 projects. */
class ProjectsPagingTest {

    private static final int PROJECTS = 150;

    private HttpServer server;
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private AdoClient client;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/fabrikam/_apis/projects", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            queries.add(query);
            int top = Integer.parseInt(param(query, "$top"));
            int skip = Integer.parseInt(param(query, "$skip"));
            String items = IntStream.range(skip, Math.min(PROJECTS, skip + top))
                    .mapToObj(i -> "{\"id\":\"" + UUID.nameUUIDFromBytes(new byte[] {(byte) i, (byte) (i >> 8)})
                            + "\",\"name\":\"p" + i + "\",\"state\":\"wellFormed\"}")
                    .collect(Collectors.joining(","));
            byte[] body = ("{\"count\":" + Math.max(0, Math.min(top, PROJECTS - skip)) + ",\"value\":[" + items
                    + "]}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        client = AdoClient.builder()
                .organization("http://127.0.0.1:" + server.getAddress().getPort() + "/fabrikam")
                .credentials(Credentials.pat("not-a-secret")).build();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static String param(String query, String name) {
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        throw new AssertionError("no " + name + " in " + query);
    }

    @Test
    void list_150Projects_fetchesTwoPagesAndStopsAfterTheShortOne() {
        List<TeamProject> all = Projects.list(client.api()).toList();

        assertThat(all).hasSize(PROJECTS);
        assertThat(all.get(149).name()).isEqualTo("p149");
        assertThat(queries).containsExactly("$top=100&$skip=0", "$top=100&$skip=100");
    }

    @Test
    void list_limited_fetchesOnlyTheFirstPage() {
        assertThat(Projects.list(client.api()).limit(5)).hasSize(5);
        assertThat(queries).hasSize(1);
    }
}
