package ado.core;

import static ado.core.FakeServer.Reply;
import static org.assertj.core.api.Assertions.assertThat;

import ado.core.error.AdoException;
import ado.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The example of the "Per-call control" section of {@code docs/usage.md}, compiled and run against a
 * {@link FakeServer}; {@link #usageDoc_perCallBlock_isTheOneHere} checks that the section's Java block is copied from
 * between the {@code // doc:} markers here.
 */
@Timeout(60)
class PerCallUsageExampleTest {

    private final FakeServer server = FakeServer.start();
    private final AdoClient client = TestClients.client(server);

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void perCallExample_runs() {
        server.always(Reply.json(200, "{\"name\":\"Fabrikam-Fiber-Git\"}"));

        // doc: per-call control
        ApiRequest get = client.api().apis("projects", "Fabrikam-Fiber-Git").get("7.1");

        // one limit for the whole call: every attempt, the waits between them, the body
        JsonObject project = get.timeout(Duration.ofSeconds(5)).as(JsonObject.class);

        // asynchronous and cancellable: cancel(true) aborts the exchange and starts no further attempt
        CompletableFuture<JsonObject> later = get.timeout(Duration.ofSeconds(30)).async().as(JsonObject.class);
        later.cancel(true);

        // the application's own id, sent in the correlation header and found again in the exception
        try {
            get.correlationId("order-4711").send();
        } catch (AdoException e) {
            System.err.println(e.correlationId().orElse("-") + ": " + e.getMessage());
        }

        AdoClient custom = AdoClient.builder()
                .organization("fabrikam")
                .correlationHeader("x-ms-client-request-id")   // or noCorrelationHeader()
                .build();
        // end

        assertThat(project.string("name")).contains("Fabrikam-Fiber-Git");
        assertThat(later).isCancelled();
        assertThat(server.requests()).extracting(r -> r.header("X-VSS-E2EID")).contains("order-4711");
        assertThat(custom.correlationHeader()).contains("x-ms-client-request-id");
        custom.close();
    }

    @Test
    void usageDoc_perCallBlock_isTheOneHere() throws IOException {
        String doc = Files.readString(Path.of("../docs/usage.md"));
        int start = doc.indexOf("## Per-call control");
        assertThat(start).isNotNegative();
        int next = doc.indexOf("\n## ", start + 1);
        String section = next < 0 ? doc.substring(start) : doc.substring(start, next);
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(section);
        String self = normalise(Files.readString(Path.of("src/test/java/ado/core/PerCallUsageExampleTest.java")));

        assertThat(block.find()).isTrue();
        assertThat(self).contains(normalise(block.group(1)));
        assertThat(block.find()).as("one Java block").isFalse();
    }

    private static String normalise(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + b + "\n");
    }
}
