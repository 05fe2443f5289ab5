package ado.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.RateLimit;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitHeadersTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

    private static RateLimit parse(Map<String, String> headers) {
        var map = new java.util.HashMap<String, List<String>>();
        headers.forEach((k, v) -> map.put(k, List.of(v)));
        return RateLimitHeaders.parse(HttpHeaders.of(map, (a, b) -> true), CLOCK);
    }

    @Test
    void parse_allHeaders() {
        RateLimit limit = parse(Map.of("Retry-After", "3", "X-RateLimit-Delay", "0.125",
                "X-RateLimit-Resource", "Core", "X-RateLimit-Limit", "200", "X-RateLimit-Remaining", "0",
                "X-RateLimit-Reset", "1764237600"));

        assertThat(limit).isEqualTo(new RateLimit(Duration.ofSeconds(3), Duration.ofMillis(125), "Core", 200L, 0L,
                Instant.ofEpochSecond(1764237600)));
        assertThat(limit.present()).isTrue();
    }

    @Test
    void parse_none() {
        assertThat(parse(Map.of())).isEqualTo(RateLimit.NONE);
    }

    @Test
    void retryAfter_httpDate_isDurationFromClock() {
        assertThat(parse(Map.of("Retry-After", "Fri, 27 Nov 2026 10:00:07 GMT")).retryAfter())
                .isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void retryAfter_pastDate_isZero() {
        assertThat(parse(Map.of("Retry-After", "Fri, 27 Nov 2026 09:00:00 GMT")).retryAfter()).isZero();
    }

    @Test
    void malformedValues_areIgnored() {
        RateLimit limit = parse(Map.of("Retry-After", "soon", "X-RateLimit-Limit", "many", "X-RateLimit-Delay", "-1"));

        assertThat(limit.retryAfter()).isNull();
        assertThat(limit.limit()).isNull();
        assertThat(limit.delay()).isNull();
    }
}
