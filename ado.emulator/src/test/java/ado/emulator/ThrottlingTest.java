package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The emulator's opt-in simulation of ADO's rate limiting, over HTTP. */
@Timeout(120)
class ThrottlingTest {

    private static final String PROJECTS = "/_apis/projects";

    @Test
    void overTheBudget_headersThenDelayedThen429_perUser() {
        // 4 requests per minute: nothing drains noticeably while the test runs
        try (AdoEmulator emulator = AdoEmulator.builder().throttling(new Throttling(4, Duration.ofMinutes(1), 1,
                Duration.ofMillis(5))).start()) {
            var raw = new Raw(emulator);
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                answers.add(raw.get(PROJECTS));
            }

            assertThat(answers.get(0).statusCode()).isEqualTo(200);
            assertThat(answers.get(0).headers().firstValue("X-RateLimit-Remaining")).isEmpty();
            assertThat(answers.get(1).headers().firstValue("X-RateLimit-Remaining")).contains("2");
            assertThat(answers.get(1).headers().firstValue("X-RateLimit-Limit")).contains("4");
            assertThat(answers.get(1).headers().firstValue("X-RateLimit-Resource")).isPresent();
            assertThat(answers.get(1).headers().firstValue("X-RateLimit-Reset")).isPresent();
            assertThat(answers.get(1).headers().firstValue("Retry-After")).isEmpty();
            HttpResponse<String> delayed = answers.get(4);
            assertThat(Raw.json(delayed, 200).has("value")).isTrue();
            assertThat(delayed.headers().firstValue("Retry-After")).hasValueSatisfying(v ->
                    assertThat(Long.parseLong(v)).isPositive());
            assertThat(delayed.headers().firstValue("X-RateLimit-Delay")).contains("0.005");
            assertThat(delayed.headers().firstValue("X-RateLimit-Remaining")).contains("0");
            for (HttpResponse<String> blocked : answers.subList(5, 7)) {
                assertThat(Raw.json(blocked, 429).string("message")).hasValueSatisfying(m ->
                        assertThat(m).startsWith("TF400733"));
                assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
            }
            // another user (a bearer token the emulator accepts) has a budget of its own
            assertThat(Raw.send(raw.request(PROJECTS).setHeader("Authorization", "Bearer other").GET().build())
                    .statusCode()).isIn(200, 401);
        }
    }

    @Test
    void suspended_servesEverything_andTheClientSeesNoError() {
        try (AdoEmulator emulator = AdoEmulator.builder().throttling(Throttling.of(2, Duration.ofMinutes(1)))
                .start()) {
            emulator.throttlingActive(false);
            var raw = new Raw(emulator);
            for (int i = 0; i < 10; i++) {
                assertThat(raw.get(PROJECTS).statusCode()).isEqualTo(200);
            }
            emulator.throttlingActive(true);
            for (int i = 0; i < 3; i++) {
                raw.get(PROJECTS);
            }
            assertThat(raw.get(PROJECTS).statusCode()).isEqualTo(429);
        }
    }

    @Test
    void withoutThrottling_noRateLimitHeaders() {
        try (AdoEmulator emulator = AdoEmulator.builder().start()) {
            var raw = new Raw(emulator);
            for (int i = 0; i < 5; i++) {
                assertThat(raw.get(PROJECTS).headers().firstValue("X-RateLimit-Limit")).isEmpty();
            }
        }
    }

    @Test
    void badValues_areRefusedNamingTheField() {
        assertThatThrownBy(() -> Throttling.of(0, Duration.ofSeconds(1))).hasMessageContaining("limit");
        assertThatThrownBy(() -> Throttling.of(1, Duration.ZERO)).hasMessageContaining("window");
        assertThatThrownBy(() -> new Throttling(1, Duration.ofSeconds(1), -1, Duration.ZERO))
                .hasMessageContaining("blockAfter");
        assertThatThrownBy(() -> new Throttling(1, Duration.ofSeconds(1), 0, Duration.ofMinutes(1)))
                .hasMessageContaining("delay");
    }
}
