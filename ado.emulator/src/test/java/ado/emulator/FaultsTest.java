package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.emulator.junit.AdoEmulatorExtension;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AdoEmulatorExtension.class)
class FaultsTest {

    private static final String PROJECTS = "/_apis/projects";
    private static AdoEmulator emulator;
    private static Raw raw;

    @BeforeAll
    static void start(AdoEmulator started) {
        emulator = started;
        raw = new Raw(emulator);
    }

    @AfterEach
    void reset() {
        emulator.faults().clear();
        emulator.requests().clear();
    }

    @Test
    void resetBeforeRead_dropsConnectionWithoutAnswer() {
        emulator.faults().on("POST", "/refs").resetBeforeRead();
        String path = "/Fabrikam-Fiber-Git/_apis/git/repositories/Fabrikam-Fiber-Git/refs";

        assertThatThrownBy(() -> raw.post(path, "[]")).hasRootCauseInstanceOf(IOException.class);
        assertThat(raw.post(path, "[]").statusCode()).isEqualTo(200);
    }

    @Test
    void resetBeforeRead_onGet_failsEvenTheJdkClientsOwnRetry() {
        // the JDK client silently retries an idempotent request once when a pooled connection drops
        emulator.faults().on("GET", PROJECTS).always().resetBeforeRead();

        assertThatThrownBy(() -> raw.get(PROJECTS)).hasRootCauseInstanceOf(IOException.class);
    }

    @Test
    void resetAfterRead_readsBodyThenDrops() {
        emulator.faults().on("POST", "/refs").resetAfterRead();
        String path = "/Fabrikam-Fiber-Git/_apis/git/repositories/Fabrikam-Fiber-Git/refs";

        assertThatThrownBy(() -> raw.post(path, "[]")).hasRootCauseInstanceOf(IOException.class);
        assertThat(emulator.requests().matching("POST", "/refs")).singleElement()
                .satisfies(r -> assertThat(r.bodyText()).isEqualTo("[]"));
    }

    @Test
    void resetAfterApply_appliesTheWriteThenDropsWithoutAnswer() {
        emulator.faults().on("POST", "/refs").resetAfterApply();
        String path = "/Fabrikam-Fiber-Git/_apis/git/repositories/Fabrikam-Fiber-Git/refs";
        String head = emulator.git().ref("Fabrikam-Fiber-Git", "Fabrikam-Fiber-Git", "refs/heads/main")
                .orElseThrow();
        String create = "[{\"name\":\"refs/heads/applied-then-dropped\",\"oldObjectId\":\""
                + "0".repeat(40) + "\",\"newObjectId\":\"" + head + "\"}]";

        assertThatThrownBy(() -> raw.post(path, create)).hasRootCauseInstanceOf(IOException.class);

        assertThat(emulator.git().ref("Fabrikam-Fiber-Git", "Fabrikam-Fiber-Git",
                "refs/heads/applied-then-dropped")).contains(head);
    }

    @Test
    void delay_holdsResponseThenServes() {
        emulator.faults().on("GET", PROJECTS).delay(Duration.ofMillis(300));
        long start = System.nanoTime();

        HttpResponse<String> r = raw.get(PROJECTS);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void truncateBody_announcesFullLengthButSendsHalf() throws Exception {
        emulator.faults().on("GET", PROJECTS).truncateBody();

        HttpResponse<InputStream> r = Raw.HTTP.send(raw.request(PROJECTS).build(),
                HttpResponse.BodyHandlers.ofInputStream());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> r.body().readAllBytes()).isInstanceOf(IOException.class);
    }

    @Test
    void status_answersThatStatusWithAdoBody() {
        emulator.faults().on("GET", PROJECTS).status(503);

        HttpResponse<String> r = raw.get(PROJECTS);

        assertThat(Raw.json(r, 503).string("message")).hasValueSatisfying(m -> assertThat(m).startsWith("TF"));
    }

    @Test
    void throttle429_answers429WithRetryAfter() {
        emulator.faults().on("GET", PROJECTS).throttle429(7);

        HttpResponse<String> r = raw.get(PROJECTS);

        assertThat(Raw.json(r, 429).string("message")).hasValueSatisfying(m -> assertThat(m)
                .startsWith("TF400733"));
        assertThat(r.headers().firstValue("Retry-After")).contains("7");
        assertThat(r.headers().firstValue("X-RateLimit-Remaining")).contains("0");
    }

    @Test
    void throttle200_servesWithRetryAfter() {
        emulator.faults().on("GET", PROJECTS).throttle200(2);

        HttpResponse<String> r = raw.get(PROJECTS);

        assertThat(Raw.json(r, 200).has("value")).isTrue();
        assertThat(r.headers().firstValue("Retry-After")).contains("2");
        assertThat(r.headers().firstValue("X-RateLimit-Delay")).isPresent();
    }

    @Test
    void htmlPage_answers203SignIn() {
        emulator.faults().on("GET", PROJECTS).htmlPage();

        HttpResponse<String> r = raw.get(PROJECTS);

        assertThat(r.statusCode()).isEqualTo(203);
        assertThat(r.body()).contains("<html>");
    }

    @Test
    void times_appliesToThatManyRequests() {
        Fault fault = emulator.faults().on("GET", PROJECTS).times(2).status(500);

        assertThat(raw.get(PROJECTS).statusCode()).isEqualTo(500);
        assertThat(raw.get(PROJECTS).statusCode()).isEqualTo(500);
        assertThat(raw.get(PROJECTS).statusCode()).isEqualTo(200);
        assertThat(fault.triggered()).isEqualTo(2);
        assertThat(fault.remaining()).isZero();
    }

    @Test
    void always_appliesUntilCancelled() {
        Fault fault = emulator.faults().on("*", PROJECTS).always().status(502);

        assertThat(raw.get(PROJECTS).statusCode()).isEqualTo(502);
        assertThat(raw.get(PROJECTS).statusCode()).isEqualTo(502);
        fault.cancel();
        assertThat(raw.get(PROJECTS).statusCode()).isEqualTo(200);
    }

    @Test
    void onRegex_matchesPathAndQuery() {
        emulator.faults().onRegex("GET", "projects\\?.*\\$skip=1").status(500);

        assertThat(raw.get(PROJECTS + "?$top=1").statusCode()).isEqualTo(200);
        assertThat(raw.get(PROJECTS + "?$top=1&$skip=1").statusCode()).isEqualTo(500);
    }

    @Test
    void on_otherMethod_notMatched() {
        emulator.faults().on("POST", PROJECTS).status(500);

        assertThat(raw.get(PROJECTS).statusCode()).isEqualTo(200);
    }

    @Test
    void requests_countedPerMethodAndPath() {
        raw.get(PROJECTS);
        raw.get(PROJECTS + "?$top=1");
        raw.get("/_apis/connectionData");

        assertThat(emulator.requests().count("GET", PROJECTS)).isEqualTo(2);
        assertThat(emulator.requests().count("*", "/connectionData")).isEqualTo(1);
        assertThat(emulator.requests().total()).isEqualTo(3);
    }

    @Test
    void requests_recordedWithoutCredentials() {
        raw.get(PROJECTS + "?$top=1");

        RecordedRequest r = emulator.requests().all().get(0);
        assertThat(r.query()).isEqualTo("$top=1");
        assertThat(r.header("Authorization")).contains("Basic ***");
        assertThat(r.toString()).doesNotContain(emulator.pat());
    }

    @Test
    void latency_addedToEveryRequest() {
        try (AdoEmulator slow = AdoEmulator.builder().seeded(false).latency(Duration.ofMillis(150)).start()) {
            var slowRaw = new Raw(slow);
            long start = System.nanoTime();

            slowRaw.get(PROJECTS);
            slowRaw.get(PROJECTS);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }

    @Test
    void rule_invalidArguments_rejected() {
        assertThatThrownBy(() -> emulator.faults().on("GET", PROJECTS).times(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n");
        assertThatThrownBy(() -> emulator.faults().on("GET", PROJECTS).status(99))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("99");
        assertThatThrownBy(() -> emulator.faults().on("GET", PROJECTS).delay(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void adoClient_retriesAfterServerFault() {
        emulator.faults().on("GET", PROJECTS).once().status(503);

        var projects = emulator.client().api().apis("projects").get("7.1")
                .asList(ado.core.json.JsonObject.class);

        assertThat(projects).hasSize(2);
        assertThat(emulator.requests().count("GET", PROJECTS)).isEqualTo(2);
    }

}
