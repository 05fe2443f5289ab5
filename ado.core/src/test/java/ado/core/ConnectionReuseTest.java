package ado.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

    @Test
    void concurrentRequests_shareOneClientSafely() {
        try (FakeServer server = FakeServer.start()) {
            server.always(FakeServer.Reply.json(200, "{\"count\":1,\"value\":[\"a\"]}"));
            ApiRequest request = TestClients.client(server).api().apis("projects").get("7.1");
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<CompletableFuture<List<String>>> results = new ArrayList<>();
                for (int i = 0; i < 80; i++) {
                    results.add(CompletableFuture.supplyAsync(() -> request.asList(String.class), pool));
                }

                results.forEach(r -> assertThat(r.join()).containsExactly("a"));
            } finally {
                pool.shutdownNow();
            }
            assertThat(server.requests()).hasSize(80);
            assertThat(server.connections()).isLessThanOrEqualTo(8);
        }
    }
}
