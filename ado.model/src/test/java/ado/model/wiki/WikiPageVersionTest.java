package ado.model.wiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.auth.Credentials;
import ado.core.error.AdoTransportException;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The page version comes from the {@code ETag} header: against a JDK HttpServer that may leave it out. */
class WikiPageVersionTest {

    private static final byte[] PAGE = "{\"id\":7,\"path\":\"/Home\",\"content\":\"hi\"}"
            .getBytes(StandardCharsets.UTF_8);

    private HttpServer server;
    private volatile String etag;
    private AdoClient client;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/fabrikam/Web/_apis/wiki/wikis/Web.wiki/pages", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            if (etag != null) {
                exchange.getResponseHeaders().add("ETag", etag);
            }
            exchange.sendResponseHeaders(200, PAGE.length);
            exchange.getResponseBody().write(PAGE);
            exchange.close();
        });
        server.start();
        client = AdoClient.builder().organization("http://127.0.0.1:" + server.getAddress().getPort() + "/fabrikam")
                .credentials(Credentials.pat("not-a-secret")).build();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void get_etagHeader_isThePageVersion() {
        etag = "\"4b825dc642cb6eb9a060e54bf8d69288fbee4904\"";

        VersionedWikiPage page = WikiPages.get(client.api().project("Web"), "Web.wiki", "/Home");

        assertThat(page.version()).isEqualTo(etag);
        assertThat(page.page().content()).isEqualTo("hi");
    }

    @Test
    void get_noEtagHeader_transportErrorNamingTheHeader() {
        etag = null;

        assertThatThrownBy(() -> WikiPages.get(client.api().project("Web"), "Web.wiki", "/Home"))
                .isInstanceOf(AdoTransportException.class).hasMessageContaining("no ETag header");
    }
}
