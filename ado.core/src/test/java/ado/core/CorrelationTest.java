package ado.core;

import static ado.core.FakeServer.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoBadRequestException;
import ado.core.error.AdoException;
import ado.core.error.AdoJsonException;
import ado.core.error.AdoNotFoundException;
import ado.core.error.AdoTransportException;
import ado.core.json.JsonObject;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The correlation header: one id per call (generated, or the caller's), the same on every attempt, sent in the
 * configured header, and found again in the call's exceptions and log lines.
 */
@Timeout(60)
class CorrelationTest {

    private final FakeServer server = FakeServer.start();
    private AdoClient client;

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        server.close();
    }

    private ApiRequest get(AdoClient.Builder builder) {
        client = builder.build();
        return client.api().apis("wit", "workitems", "1").get("7.1");
    }

    private ApiRequest get() {
        return get(TestClients.builder(server));
    }

    @Test
    void byDefault_eachCallSendsANewUuidInXVssE2eid_keptAcrossRetries() {
        server.enqueue(Reply.status(503), Reply.status(502)).always(Reply.json(200, "{}"));
        ApiRequest get = get();

        get.as(JsonObject.class);
        get.as(JsonObject.class);

        List<String> ids = server.requests().stream().map(r -> r.header("X-VSS-E2EID")).toList();
        assertThat(ids).hasSize(4).doesNotContainNull();
        assertThat(ids.get(0)).isEqualTo(ids.get(1)).isEqualTo(ids.get(2));
        assertThat(ids.get(3)).isNotEqualTo(ids.get(0));
        assertThat(UUID.fromString(ids.get(0)).version()).isEqualTo(4);
        assertThat(client.correlationHeader()).contains("X-VSS-E2EID");
    }

    @Test
    void callersId_isSentInTheConfiguredHeader_andNamedByTheException() {
        server.always(Reply.json(404, "{\"message\":\"TF401019: gone\",\"typeKey\":\"NotFound\"}"));
        ApiRequest get = get(TestClients.builder(server).correlationHeader("x-ms-client-request-id"))
                .correlationId("order-42:attempt/1");

        assertThatThrownBy(() -> get.as(JsonObject.class)).isInstanceOfSatisfying(AdoNotFoundException.class, e -> {
            assertThat(e.correlationId()).contains("order-42:attempt/1");
            assertThat(e.getMessage()).contains("TF401019").endsWith("[correlation id order-42:attempt/1]");
        });
        assertThat(server.request(0).header("x-ms-client-request-id")).isEqualTo("order-42:attempt/1");
        assertThat(server.request(0).header("X-VSS-E2EID")).isNull();
    }

    @Test
    void noCorrelationHeader_sendsNone_butExceptionsStillCarryTheCallsId() {
        server.always(Reply.json(404, "{\"message\":\"gone\"}"));
        ApiRequest get = get(TestClients.builder(server).noCorrelationHeader());

        assertThatThrownBy(() -> get.as(JsonObject.class)).isInstanceOfSatisfying(AdoNotFoundException.class,
                e -> assertThat(e.correlationId()).hasValueSatisfying(id -> UUID.fromString(id)));
        assertThat(server.request(0).headers()).doesNotContainKey("x-vss-e2eid");
        assertThat(client.correlationHeader()).isEmpty();
    }

    @Test
    void transportFailure_carriesTheId() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        client = TestClients.builder(server).organization(URI.create("http://127.0.0.1:" + port + "/org")).build();

        assertThatThrownBy(() -> client.api().apis("x").get("7.1").correlationId("refused-1").send())
                .isInstanceOfSatisfying(AdoTransportException.class, e -> {
                    assertThat(e.correlationId()).contains("refused-1");
                    assertThat(e.getMessage()).contains("[correlation id refused-1]");
                });
    }

    @Test
    void malformedJson_carriesTheId() {
        server.always(Reply.json(200, "{\"id\":"));

        assertThatThrownBy(() -> get().correlationId("json-1").as(JsonObject.class))
                .isInstanceOfSatisfying(AdoJsonException.class, e -> {
                    assertThat(e.correlationId()).contains("json-1");
                    assertThat(e.getMessage()).endsWith("[correlation id json-1]");
                });
    }

    @Test
    void scrubbedException_keepsTheIdOnce() {
        server.always(Reply.json(400, "{\"message\":\"bad token " + TestClients.PAT + "\"}"));

        assertThatThrownBy(() -> get().correlationId("scrub-1").send())
                .isInstanceOfSatisfying(AdoBadRequestException.class, e -> {
                    assertThat(e.getMessage()).doesNotContain(TestClients.PAT).contains("***");
                    assertThat(e.correlationId()).contains("scrub-1");
                    assertThat(e.getMessage().split("correlation id", -1)).hasSize(2);
                });
    }

    @Test
    void logLines_carryTheId() {
        List<String> logged;
        try (LogCapture log = LogCapture.of("ado.core.http")) {
            server.enqueue(Reply.status(503)).always(Reply.json(200, "{}"));
            get().correlationId("logged-1").send();
            logged = log.messages();
        }

        assertThat(logged).isNotEmpty().allSatisfy(line -> assertThat(line).contains("[correlation id logged-1]"));
    }

    @Test
    void badIds_areRefusedNamingTheParameterNotTheValue() {
        ApiRequest get = get();

        for (String bad : new String[] {"", "x".repeat(129), "has space", "line\r\nX-Evil: 1", "ünïcode"}) {
            assertThatThrownBy(() -> get.correlationId(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("correlationId").satisfies(e -> {
                        if (!bad.isEmpty()) {
                            assertThat(e.getMessage()).doesNotContain(bad);
                        }
                    });
        }
        assertThatThrownBy(() -> get.correlationId(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("correlationId");
        assertThat(get.correlationId("x".repeat(128))).isNotNull();
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void badHeaderNames_areRefused() {
        for (String bad : new String[] {"Authorization", "accept", "User-Agent", "has space", "X-\r\nEvil"}) {
            assertThatThrownBy(() -> AdoClient.builder().correlationHeader(bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("correlationHeader");
        }
    }

    @Test
    void theCorrelationHeader_cannotBeSetAsACustomHeader() {
        ApiRequest get = get();

        assertThatThrownBy(() -> get.header("x-vss-e2eid", "abc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("correlationId()");
    }

    @Test
    void exceptionsNotRaisedByACall_haveNoId() {
        AdoException made = new AdoJsonException("made by the application", null);

        assertThat(made.correlationId()).isEmpty();
        assertThat(made.getMessage()).isEqualTo("made by the application");
    }
}
