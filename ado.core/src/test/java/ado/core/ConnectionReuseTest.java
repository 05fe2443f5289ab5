package ado.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConnectionReuseTest {

    @Test
    void hundredSequentialRequests_useOneConnection() {
        try (FakeServer server = FakeServer.start()) {
            server.always(FakeServer.Reply.json(200, "{\"count\":1,\"value\":[\"a\"]}"));
            ApiCall api = TestClients.client(server).api();

            for (int i = 0; i < 100; i++) {
                assertThat(api.apis("projects").get("7.1").asList(String.class)).containsExactly("a");
            }

            assertThat(server.requests()).hasSize(100);
            assertThat(server.connections()).isEqualTo(1);
        }
    }
}
