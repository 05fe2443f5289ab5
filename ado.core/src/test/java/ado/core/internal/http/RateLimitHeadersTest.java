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

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"1e2147483647", "1E+999", "99999999999999999999999",
        "9223372036854775807", "Fri, 31 Dec 9999 23:59:59 GMT", "Fri, 27 Nov 12026 10:00:07 GMT"})
    void retryAfter_beyondWhatCanBeWaited_isTheLongestWaitNotAnException(String value) {
        assertThat(parse(Map.of("Retry-After", value)).retryAfter())
                .isGreaterThan(Duration.ofDays(365 * 100)).isLessThanOrEqualTo(RateLimitHeaders.LONGEST);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"-1", "-1e9", "+5", "garbage", "NaN", "Infinity",
        "0x10", "1e-2147483648", "", " ", "Fri, 32 Nov 2026 10:00:00 GMT", "Mon, 27 Nov 2026 10:00:07 GMT"})
    void retryAfter_malformedOrNegative_isAbsent(String value) {
        assertThat(parse(Map.of("Retry-After", value)).retryAfter()).isNull();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"0.5,500", "1e-999999999,0", "0,0", "2,2000", ".25,250"})
    void retryAfter_deltaSeconds_fractionsAndTinyValues(String value, long millis) {
        assertThat(parse(Map.of("Retry-After", value)).retryAfter()).isEqualTo(Duration.ofMillis(millis));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"9223372036854775807", "31556889864403200",
        "-1", "-9223372036854775808", "99999999999999999999", "1e10", "soon"})
    void reset_outOfRangeNegativeOrMalformed_isAbsent(String value) {
        assertThat(parse(Map.of("X-RateLimit-Reset", value)).reset()).isNull();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"-1", "-9223372036854775808", "9223372036854775808",
        "1e3", "many"})
    void counts_negativeOverflowingOrMalformed_areAbsent(String value) {
        RateLimit limit = parse(Map.of("X-RateLimit-Limit", value, "X-RateLimit-Remaining", value));

        assertThat(limit.limit()).isNull();
        assertThat(limit.remaining()).isNull();
    }

    @Test
    void reset_largestInstant_isKept() {
        assertThat(parse(Map.of("X-RateLimit-Reset", "31556889864403199")).reset()).isEqualTo(Instant.MAX
                .minusNanos(999_999_999));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"1e2147483647", "1E+999"})
    void delay_huge_isTheLongestWait(String value) {
        assertThat(parse(Map.of("X-RateLimit-Delay", value)).delay()).isEqualTo(RateLimitHeaders.LONGEST);
    }
}
