package ado.core.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.FakeServer;
import ado.core.FakeServer.Reply;
import ado.core.error.AdoConfigurationException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The per-request wire choices (issue 18): no {@code h2c} upgrade offer on cleartext unless the caller chose the
 * client or HTTP/2 itself, HTTP/2 offered over TLS through ALPN, and when {@code Accept-Encoding: gzip} is sent.
 */
@Timeout(60)
class WireNegotiationTest {

    private final FakeServer server = FakeServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private FakeServer.Recorded onlyRequest(AdoClient client) {
        server.always(Reply.json(200, "{\"count\":0,\"value\":[]}"));
        try (client) {
            client.api().apis("projects").get("7.1").send();
            client.api().apis("projects").get("7.1").send(); // the second request on the same connection too
        }
        assertThat(server.requests()).hasSize(2);
        assertThat(server.request(1).header("Upgrade")).isEqualTo(server.request(0).header("Upgrade"));
        return server.request(0);
    }

    @Test
    void defaultClient_cleartext_sendsNoUpgradeNorHttp2Settings() {
        FakeServer.Recorded request = onlyRequest(FaultClients.client(server));

        assertThat(request.header("Upgrade")).isNull();
        assertThat(request.header("HTTP2-Settings")).isNull();
        assertThat(String.valueOf(request.header("Connection"))).doesNotContainIgnoringCase("upgrade");
    }

    @Test
    void defaultClient_stillPrefersHttp2_forTls() {
        try (AdoClient client = FaultClients.client(server)) {
            assertThat(client.httpClient().version()).isEqualTo(HttpClient.Version.HTTP_2);
        }
    }

    @Test
    void explicitHttp2Version_cleartext_isRespected() {
        FakeServer.Recorded request = onlyRequest(FaultClients.builder(server)
                .httpVersion(HttpClient.Version.HTTP_2).build());

        assertThat(request.header("Upgrade")).isEqualTo("h2c");
        assertThat(request.header("HTTP2-Settings")).isNotNull();
    }

    @Test
    void givenHttp2Client_cleartext_isUsedAsItIs() {
        HttpClient given = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_2).build();

        FakeServer.Recorded request = onlyRequest(FaultClients.builder(server).httpClient(given).build());

        assertThat(request.header("Upgrade")).isEqualTo("h2c");
    }

    @Test
    void givenHttp1Client_cleartext_sendsNoUpgrade() {
        HttpClient given = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();

        FakeServer.Recorded request = onlyRequest(FaultClients.builder(server).httpClient(given).build());

        assertThat(request.header("Upgrade")).isNull();
    }

    @Test
    void httpVersionWithGivenClient_isRefused() {
        HttpClient given = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        assertThatThrownBy(() -> FaultClients.builder(server).httpClient(given)
                .httpVersion(HttpClient.Version.HTTP_1_1).build())
                .isInstanceOf(AdoConfigurationException.class)
                .hasMessageContaining("httpVersion");
    }

    @Test
    void defaultClient_loopback_asksNoGzip() {
        FakeServer.Recorded request = onlyRequest(FaultClients.client(server));

        assertThat(request.header("Accept-Encoding")).isNull();
    }

    @Test
    void gzipTrue_loopback_asksGzip_andDecodesTheAnswer() {
        server.always(Reply.json(200, "{\"count\":1,\"value\":[{\"name\":\"Fabrikam\"}]}").gzip());
        try (AdoClient client = FaultClients.builder(server).gzip(true).build()) {
            List<ado.core.json.JsonObject> items = client.api().apis("projects").get("7.1")
                    .asList(ado.core.json.JsonObject.class);

            assertThat(items).singleElement().satisfies(p -> assertThat(p.string("name")).contains("Fabrikam"));
        }
        assertThat(server.request(0).header("Accept-Encoding")).isEqualTo("gzip");
    }

    @Test
    void gzipFalse_asksNoGzip_butStillDecodesAGzipAnswer() {
        server.always(Reply.json(200, "{\"count\":1,\"value\":[{\"name\":\"Fabrikam\"}]}").gzip());
        try (AdoClient client = FaultClients.builder(server).gzip(false).build()) {
            assertThat(client.api().apis("projects").get("7.1").asList(ado.core.json.JsonObject.class)).hasSize(1);
        }
        assertThat(server.request(0).header("Accept-Encoding")).isNull();
    }

    /**
     * A TLS server that records the ALPN protocols the client offers, picks http/1.1, answers; it serves every
     * connection until closed, so that a handshake slowed past the connect timeout on a loaded machine is retried.
     */
    @Test
    void defaultClient_tls_offersH2ThroughAlpn_andAsksGzipOfANonLoopbackName() throws Exception {
        var offered = new CopyOnWriteArrayList<String>();
        var headers = new CopyOnWriteArrayList<String>();
        try (SSLServerSocket socket = (SSLServerSocket) SelfSignedTls.server().getServerSocketFactory()
                .createServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread serve = new Thread(() -> {
                while (!socket.isClosed()) {
                    serveOnce(socket, offered, headers);
                }
            });
            serve.setDaemon(true);
            serve.start();
            try (AdoClient client = AdoClient.builder()
                    .organization(URI.create("https://127.0.0.1:" + socket.getLocalPort() + "/org"))
                    .credentials(ado.core.auth.Credentials.anonymous()).environment(name -> null)
                    .sslContext(SelfSignedTls.client()).requestTimeout(Duration.ofSeconds(20)).build()) {
                assertThat(client.api().apis("projects").get("7.1").send().status()).isEqualTo(204);
            }
        }
        assertThat(offered).contains("h2", "http/1.1");
        assertThat(headers).noneMatch(h -> h.toLowerCase().startsWith("upgrade:"));
        assertThat(ado.core.internal.http.WireOptions.DEFAULTS.asksGzip(URI.create("https://dev.azure.com/fab")))
                .isTrue();
        assertThat(ado.core.internal.http.WireOptions.DEFAULTS.asksGzip(URI.create("https://localhost:8443/x")))
                .isFalse();
    }

    private static void serveOnce(SSLServerSocket server, List<String> offered, List<String> headers) {
        try (SSLSocket s = (SSLSocket) server.accept()) {
            var params = s.getSSLParameters();
            s.setHandshakeApplicationProtocolSelector((socket, protocols) -> {
                offered.addAll(protocols);
                return protocols.contains("http/1.1") ? "http/1.1" : "";
            });
            s.setSSLParameters(params);
            var in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
            var lines = new ArrayList<String>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                lines.add(line);
            }
            headers.addAll(lines);
            OutputStream out = s.getOutputStream();
            out.write("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        } catch (Exception e) {
            // the client's assertion reports what went wrong
        }
    }
}
