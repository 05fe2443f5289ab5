package ado.core.faults;

import static ado.core.faults.FaultClients.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.FakeServer;
import ado.core.FakeServer.Reply;
import ado.core.error.AdoOutcomeUnknownException;
import ado.core.error.AdoServerException;
import ado.core.error.AdoTransportException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fault rows about what is sent again: resets before and after the request is read, refused connections, bodies
 * cut short and 5xx, for GET, PUT, POST and DELETE. A write is resent only when the server certainly did not
 * process it, or when it was declared resend-safe; otherwise an ambiguous failure is an
 * {@link AdoOutcomeUnknownException}.
 */
@Timeout(60)
class WriteSafetyFaultsTest {

    private static final String OK = "{\"id\":1}";

    private final FakeServer server = FakeServer.start();
    private final AdoClient client = FaultClients.client(server);

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "POST", "DELETE", "PATCH"})
    void write_resetAfterRequestRead_isNotResentAndOutcomeUnknown(String method) {
        server.enqueue(Reply.resetAfterRequest()).always(Reply.json(200, OK));

        assertThatThrownBy(() -> request(client, method).send())
                .isExactlyInstanceOf(AdoOutcomeUnknownException.class)
                .hasMessageContaining(method).hasMessageContaining("may have applied it")
                .satisfies(e -> assertThat(((AdoOutcomeUnknownException) e).method()).isEqualTo(method));
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void get_resetAfterRequestRead_isResent() {
        server.enqueue(Reply.resetAfterRequest()).always(Reply.json(200, OK));

        assertThat(request(client, "GET").send().status()).isEqualTo(200);
        assertThat(server.requests()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "DELETE", "POST"})
    void resendSafeWrite_resetAfterRequestRead_isResent(String method) {
        server.enqueue(Reply.resetAfterRequest()).always(Reply.json(200, OK));

        assertThat(request(client, method).header("If-Match", "\"7\"").resendSafe().send().status()).isEqualTo(200);
        assertThat(server.requests()).hasSize(2)
                .allSatisfy(r -> assertThat(r.header("If-Match")).isEqualTo("\"7\""));
    }

    @Test
    void resendSafeWrite_alwaysReset_endsOutcomeUnknownAfterAllAttempts() {
        server.always(Reply.resetAfterRequest());

        assertThatThrownBy(() -> request(client, "PUT").resendSafe().send())
                .isExactlyInstanceOf(AdoOutcomeUnknownException.class).hasMessageContaining("after 4 attempts");
        assertThat(server.requests()).hasSize(4);
    }

    @Test
    void get_resetOnAcceptTwice_isResentUntilAnswered() {
        server.enqueue(Reply.resetOnAccept(), Reply.resetOnAccept()).always(Reply.json(200, OK));

        assertThat(request(client, "GET").send().status()).isEqualTo(200);
        assertThat(server.requests()).hasSize(1);
        assertThat(server.connections()).isGreaterThanOrEqualTo(3);
    }

    /**
     * A reset right after accept races with the request: the JDK sees either a failed connect (nothing sent; it and
     * the client may connect again) or a failure after writing (then the client cannot know and must not resend).
     * Either way at most one copy reaches the server, and an ambiguous failure is outcome-unknown.
     */
    @ParameterizedTest
    @ValueSource(strings = {"PUT", "POST", "DELETE"})
    void write_resetOnAccept_neverReachesTheServerTwice(String method) {
        server.enqueue(Reply.resetOnAccept()).always(Reply.json(200, OK));

        try {
            assertThat(request(client, method).send().status()).isEqualTo(200);
            assertThat(server.requests()).hasSize(1);
            assertThat(server.connections()).isEqualTo(2);
        } catch (AdoTransportException e) {
            assertThat(e).isExactlyInstanceOf(AdoOutcomeUnknownException.class);
            assertThat(server.requests()).isEmpty();
            assertThat(server.connections()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "POST", "DELETE"})
    void refusedConnection_failsAsPlainTransportFailure(String method) throws IOException {
        int port;
        try (var probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
        }
        AdoClient refused = AdoClient.builder().organization(URI.create("http://127.0.0.1:" + port + "/org"))
                .environment(name -> null).retryPolicy(FaultClients.fastRetries().build()).build();

        Duration took = FaultClients.took(() -> assertThatThrownBy(() -> request(refused, method).send())
                .isExactlyInstanceOf(AdoTransportException.class).hasMessageContaining("after 4 attempts")
                .hasCauseInstanceOf(ConnectException.class));
        assertThat(took).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void post_refusedThenListening_isResentBecauseNothingWasSent() throws Exception {
        int port;
        try (var probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
        }
        AdoClient late = AdoClient.builder().organization(URI.create("http://127.0.0.1:" + port + "/org"))
                .environment(name -> null).retryPolicy(FaultClients.fastRetries().baseDelay(Duration.ofMillis(400))
                        .maxDelay(Duration.ofMillis(400)).build()).build();
        var listening = new java.util.concurrent.atomic.AtomicReference<ServerSocket>();
        Thread opener = new Thread(() -> {
            try {
                Thread.sleep(150);
                ServerSocket s = new ServerSocket(port, 5, InetAddress.getByName("127.0.0.1"));
                listening.set(s);
                try (var c = s.accept(); var in = c.getInputStream(); var out = c.getOutputStream()) {
                    byte[] buffer = new byte[8192];
                    var seen = new StringBuilder();
                    while (!seen.toString().contains("{\"name\":\"x\"}")) {
                        int n = in.read(buffer);
                        if (n < 0) {
                            return;
                        }
                        seen.append(new String(buffer, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1));
                    }
                    out.write("HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n".getBytes());
                    out.flush();
                }
            } catch (Exception e) {
                // the assertion below fails instead
            }
        });
        opener.start();
        try {
            assertThat(request(late, "POST").send().status()).isEqualTo(201);
        } finally {
            opener.join(5000);
            if (listening.get() != null) {
                listening.get().close();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "POST", "DELETE"})
    void write_bodyCutShort_isNotResentAndOutcomeUnknown(String method) {
        server.enqueue(Reply.json(200, "{\"id\":1,\"name\":\"long enough\"}").cutAfter(6)).always(Reply.json(200, OK));

        assertThatThrownBy(() -> request(client, method).send())
                .isExactlyInstanceOf(AdoOutcomeUnknownException.class);
        assertThat(server.requests()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void get_bodyCutShort_isResent(boolean chunked) {
        Reply cut = Reply.json(200, "{\"id\":1,\"name\":\"" + "x".repeat(10_000) + "\"}").cutAfter(5000);
        server.enqueue(chunked ? cut.chunked() : cut).always(Reply.json(200, OK));

        assertThat(request(client, "GET").as(ado.core.json.JsonObject.class).toString()).contains("1");
        assertThat(server.requests()).hasSize(2);
    }

    /** Changed on purpose (issue #15): a 502 or 504 no longer resends a PUT or DELETE. */
    @ParameterizedTest
    @ValueSource(strings = {"PUT", "POST", "DELETE"})
    void write_502_isNotResent(String method) {
        server.enqueue(Reply.status(502)).always(Reply.json(200, OK));

        assertThatThrownBy(() -> request(client, method).send()).isExactlyInstanceOf(AdoServerException.class);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void get_502_isResent() {
        server.enqueue(Reply.status(502), Reply.status(504)).always(Reply.json(200, OK));

        assertThat(request(client, "GET").send().status()).isEqualTo(200);
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void resendSafePut_502_isResent() {
        server.enqueue(Reply.status(502)).always(Reply.json(200, OK));

        assertThat(request(client, "PUT").resendSafe().send().status()).isEqualTo(200);
        assertThat(server.requests()).hasSize(2);
    }
}
