package ado.core;

import static ado.core.FakeServer.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoConfigurationException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ClientCloseTest {

    private final FakeServer server = FakeServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void callAfterClose_failsAtOnceNamingTheClientAndSendsNothing() {
        AdoClient client = TestClients.client(server);
        client.close();

        assertThatThrownBy(() -> client.api().get("7.1").send())
                .isExactlyInstanceOf(AdoConfigurationException.class)
                .hasMessageContaining("AdoClient[" + server.uri() + "/org").hasMessageContaining("is closed")
                .hasMessageContaining("GET " + server.uri() + "/org").hasMessageNotContaining(TestClients.PAT);
        assertThat(client.isClosed()).isTrue();
        assertThat(server.requests()).isEmpty();
        assertThat(server.connections()).isZero();
    }

    @Test
    void close_isIdempotent() {
        AdoClient client = TestClients.client(server);
        server.always(Reply.status(204));
        client.api().get("7.1").send();

        client.close();
        client.close();

        assertThat(client.isClosed()).isTrue();
        assertThatThrownBy(() -> client.api().get("7.1").send()).isInstanceOf(AdoConfigurationException.class);
    }

    @Test
    void callInFlight_completesNormallyAfterClose() throws Exception {
        AdoClient client = TestClients.client(server);
        server.enqueue(Reply.json(200, "{\"id\":7}").delay(500));
        var call = CompletableFuture.supplyAsync(() -> client.api().get("7.1").send().status());
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.requests().isEmpty() && System.nanoTime() < until) {
            Thread.sleep(5);
        }

        client.close();

        assertThat(call.get(10, TimeUnit.SECONDS)).isEqualTo(200);
    }

    @Test
    void openStream_stillReadableAfterClose() throws Exception {
        AdoClient client = TestClients.client(server);
        server.enqueue(Reply.status(200).header("Content-Type", "application/octet-stream").bytes(new byte[100_000]));

        try (InputStream in = client.api().get("7.1").accept("application/octet-stream").openStream()) {
            client.close();
            assertThat(in.readAllBytes()).hasSize(100_000);
        }
        assertThat(client.isClosed()).isTrue();
    }

    @Test
    void tryWithResources_closesTheClient() {
        AdoClient kept;
        try (AdoClient client = TestClients.builder(server).requestTimeout(Duration.ofSeconds(5)).build()) {
            kept = client;
        }
        assertThat(kept.isClosed()).isTrue();
    }
}
