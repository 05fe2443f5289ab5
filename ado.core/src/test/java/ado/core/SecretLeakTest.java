package ado.core;

import static ado.core.FakeServer.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.auth.AccessToken;
import ado.core.auth.Credentials;
import ado.core.error.AdoException;
import ado.core.error.AdoTransportException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the noisy paths (retries, throttling, errors, redirects, refused connections) and scans every output. */
class SecretLeakTest {

    private static final String BASIC = Base64.getEncoder()
            .encodeToString((":" + TestClients.PAT).getBytes(StandardCharsets.UTF_8));

    private final FakeServer server = FakeServer.start();
    private final List<String> logged = Collections.synchronizedList(new ArrayList<>());
    private final Logger adoLogger = Logger.getLogger("ado.core");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getLevel() + " " + record.getLoggerName() + " " + record.getMessage()
                    + (record.getThrown() == null ? "" : " " + text(record.getThrown())));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final List<String> outputs = new ArrayList<>();

    @BeforeEach
    void captureLogs() {
        adoLogger.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
        capture.setLevel(Level.ALL);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("").removeHandler(capture);
        adoLogger.setLevel(null);
        server.close();
    }

    private static String text(Throwable t) {
        var out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return t + "\n" + out;
    }

    private void expectFailure(Runnable call) {
        try {
            call.run();
        } catch (AdoException e) {
            outputs.add(text(e));
            return;
        }
        throw new AssertionError("expected a failure");
    }

    @Test
    void noLogLineExceptionOrToString_containsThePat() {
        AdoClient client = TestClients.client(server);
        server.enqueue(Reply.status(503), Reply.status(429).header("Retry-After", "0"), Reply.status(204)
                .header("Retry-After", "0.01"));
        client.api().get("7.1").send();
        server.enqueue(Reply.json(401, "{\"message\":\"TF400813: not authorized\"}"));
        expectFailure(() -> client.api().get("7.1").send());
        server.enqueue(Reply.status(302).header("Location", server.uri("localhost") + "/x?sig=abc"),
                Reply.status(404).body("text/html", "<p>missing</p>"));
        expectFailure(() -> client.api().get("7.1").send());
        server.enqueue(Reply.resetAfterRequest());
        expectFailure(() -> client.api().post("7.1").send());
        outputs.add(client.toString());
        outputs.add(client.credentials().toString());
        outputs.add(client.api().get("7.1").toString());
        outputs.add(Credentials.bearer(TestClients.PAT).toString());
        outputs.add(new AccessToken(TestClients.PAT, Instant.EPOCH).toString());

        assertThat(logged).isNotEmpty().anySatisfy(line -> assertThat(line).contains("Retrying GET"));
        assertThat(outputs).hasSize(8);
        assertThat(String.join("\n", logged) + String.join("\n", outputs))
                .doesNotContain(TestClients.PAT).doesNotContain(BASIC).doesNotContain("sig=abc");
    }

    @Test
    void refusedConnection_postIsRetriedAndFailsWithoutSecrets() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0)) {
            port = closed.getLocalPort();
        }
        AdoClient client = AdoClient.builder().organization(URI.create("http://127.0.0.1:" + port + "/org"))
                .credentials(Credentials.pat(TestClients.PAT)).environment(n -> null)
                .retryPolicy(TestClients.fastRetries()).build();

        assertThatThrownBy(() -> client.api().post("7.1").body(Body.json(List.of(1))).send())
                .isInstanceOf(AdoTransportException.class)
                .hasMessageContaining("after 4 attempts")
                .satisfies(e -> assertThat(text(e)).doesNotContain(TestClients.PAT, BASIC));
        assertThat(logged).filteredOn(l -> l.contains("Retrying POST")).hasSize(3);
    }
}
