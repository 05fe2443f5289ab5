package ado.core;

import static ado.core.FakeServer.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoTransportException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedirectTest {

    private final FakeServer server = FakeServer.start();
    private final FakeServer other = FakeServer.start();

    @AfterEach
    void stop() {
        server.close();
        other.close();
    }

    @Test
    void redirectToOtherHost_isFollowedWithoutAuthorization() {
        server.enqueue(Reply.status(302).header("Location", other.uri("localhost") + "/blob?sig=s3cret"));
        other.enqueue(Reply.status(200).body("application/octet-stream", "payload"));

        var out = new java.io.ByteArrayOutputStream();
        TestClients.client(server).api().get("7.1").accept("application/octet-stream").download(out);

        assertThat(out.toString()).isEqualTo("payload");
        assertThat(server.request(0).header("Authorization")).startsWith("Basic ");
        assertThat(other.request(0).target()).isEqualTo("/blob?sig=s3cret");
        assertThat(other.request(0).header("Authorization")).isNull();
    }

    @Test
    void redirectToSameOrigin_keepsAuthorization() {
        server.enqueue(Reply.status(301).header("Location", "/org/moved"), Reply.status(204));

        TestClients.client(server).api().get("7.1").send();

        assertThat(server.request(1).target()).isEqualTo("/org/moved");
        assertThat(server.request(1).header("Authorization")).isEqualTo(server.request(0).header("Authorization"))
                .isNotNull();
    }

    @Test
    void redirectToSameHostOtherName_dropsAuthorization() {
        server.enqueue(Reply.status(307).header("Location", server.uri("localhost") + "/org/x"), Reply.status(204));

        TestClients.client(server).api().get("7.1").send();

        assertThat(server.request(1).header("Authorization")).isNull();
    }

    @Test
    void redirect303_turnsPostIntoGetWithoutBody() {
        server.enqueue(Reply.status(303).header("Location", "/org/result"), Reply.status(204));

        TestClients.client(server).api().post("7.1").body(Body.text("payload", "text/plain")).send();

        assertThat(server.request(1).method()).isEqualTo("GET");
        assertThat(server.request(1).body()).isEmpty();
        assertThat(server.request(1).header("Content-Type")).isNull();
    }

    @Test
    void redirect307_keepsMethodAndBody() {
        server.enqueue(Reply.status(307).header("Location", "/org/again"), Reply.status(201));

        TestClients.client(server).api().post("7.1").body(Body.text("payload", "text/plain")).send();

        assertThat(server.request(1).method()).isEqualTo("POST");
        assertThat(server.request(1).bodyText()).isEqualTo("payload");
    }

    @Test
    void redirectLoop_failsAfterHopLimit() {
        server.always(Reply.status(302).header("Location", "/org/loop"));

        assertThatThrownBy(() -> TestClients.client(server).api().get("7.1").send())
                .isInstanceOf(AdoTransportException.class).hasMessageContaining("redirects");
        assertThat(server.requests()).hasSize(11);
    }

    @Test
    void otherHostCall_getsNoCredentials() {
        other.enqueue(Reply.status(204));
        AdoClient client = TestClients.client(server);

        client.host(other.uri("localhost")).path("file").get("7.1").send();

        assertThat(other.request(0).header("Authorization")).isNull();
    }
}
