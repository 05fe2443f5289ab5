package ado.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.RetryPolicy;
import ado.core.auth.Credentials;
import ado.core.error.AdoJsonException;
import ado.core.error.AdoUnexpectedContentException;
import ado.core.error.ResponseContext;
import ado.core.json.JsonCodec;
import ado.core.json.JsonType;
import ado.core.json.JsonValue;
import ado.json.Fixtures.Scalars;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JSON errors in response bodies, with either codec bound to the client: always an {@link AdoJsonException} that
 * names the response (method, redacted URL, status, content type, activity id) and keeps the codec's location.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ResponseJsonErrorTest {

    /** Answers one request on 127.0.0.1 with {@code response} (a whole HTTP/1.1 response), then closes. */
    private static final class OneShotServer implements AutoCloseable {
        private final ServerSocket socket;
        private final Thread thread;

        OneShotServer(String contentType, String body) throws IOException {
            socket = new ServerSocket();
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nActivityId: act-json\r\n"
                    + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
            thread = new Thread(() -> {
                try (Socket s = socket.accept(); InputStream in = s.getInputStream();
                     OutputStream out = s.getOutputStream()) {
                    readHead(in);
                    var all = new ByteArrayOutputStream();
                    all.write(head);
                    all.write(bytes);
                    out.write(all.toByteArray());
                    out.flush();
                } catch (IOException e) {
                    // the client went away
                }
            }, "one-shot-server");
            thread.setDaemon(true);
            thread.start();
        }

        private static void readHead(InputStream in) throws IOException {
            int matched = 0;
            for (int c = in.read(); c >= 0; c = in.read()) {
                matched = c == "\r\n\r\n".charAt(matched) ? matched + 1 : (c == '\r' ? 1 : 0);
                if (matched == 4) {
                    return;
                }
            }
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/org");
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static AdoClient client(OneShotServer server, JsonCodec codec) {
        return AdoClient.builder().organization(server.uri()).credentials(Credentials.pat("patJsonErr0815"))
                .environment(name -> null).retryPolicy(RetryPolicy.none()).jsonCodec(codec)
                .requestTimeout(Duration.ofSeconds(10)).build();
    }

    private static void assertNamesResponse(AdoJsonException e) {
        ResponseContext r = e.response().orElseThrow();
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.activityId()).isEqualTo("act-json");
        assertThat(r.uri().toString()).contains("code=***").doesNotContain("c0deSECRET");
        assertThat(e.getMessage()).contains("GET", "answered 200", "act-json").doesNotContain("c0deSECRET");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ado.json.Codecs#both")
    void hugeExponent_isJsonExceptionNamingResponse(JsonCodec codec) throws IOException {
        try (var server = new OneShotServer("application/json", "{\"value\":[1e99999999999]}")) {
            assertThatThrownBy(() -> client(server, codec).api().get("7.1").query("code", "c0deSECRET")
                    .asList(BigDecimal.class))
                    .isExactlyInstanceOf(AdoJsonException.class)
                    .satisfies(e -> assertNamesResponse((AdoJsonException) e));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ado.json.Codecs#both")
    void bindError_keepsPathAndNamesResponse(JsonCodec codec) throws IOException {
        try (var server = new OneShotServer("application/json; charset=utf-8", "{\"d\":1e400}")) {
            assertThatThrownBy(() -> client(server, codec).api().get("7.1").query("code", "c0deSECRET")
                    .as(Scalars.class))
                    .isExactlyInstanceOf(AdoJsonException.class)
                    .satisfies(e -> {
                        assertThat(((AdoJsonException) e).path()).isEqualTo("$.d");
                        assertNamesResponse((AdoJsonException) e);
                    });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ado.json.Codecs#both")
    void textPlain_isUnexpectedContentWhateverTheCodec(JsonCodec codec) throws IOException {
        try (var server = new OneShotServer("text/plain", "{\"looks\":\"like json\"}")) {
            assertThatThrownBy(() -> client(server, codec).api().get("7.1").query("code", "c0deSECRET")
                    .as(JsonValue.class))
                    .isInstanceOfSatisfying(AdoUnexpectedContentException.class, e -> {
                        assertThat(e.contentType()).isEqualTo("text/plain");
                        assertThat(e.bodyStart()).isEqualTo("{\"looks\":\"like json\"}");
                        assertNamesResponse(e);
                    });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ado.json.Codecs#both")
    void validBody_isBound(JsonCodec codec) throws IOException {
        try (var server = new OneShotServer("application/json", "{\"count\":2,\"value\":[1,2.5]}")) {
            List<BigDecimal> values = client(server, codec).api().get("7.1").asList(JsonType.of(BigDecimal.class));

            assertThat(values).containsExactly(BigDecimal.ONE, new BigDecimal("2.5"));
        }
    }
}
