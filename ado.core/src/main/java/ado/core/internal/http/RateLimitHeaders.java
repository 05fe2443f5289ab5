package ado.core.internal.http;

import ado.core.RateLimit;
import java.math.BigDecimal;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads {@code Retry-After} and the {@code X-RateLimit-*} headers into a {@link RateLimit}. */
public final class RateLimitHeaders {

    private RateLimitHeaders() {
    }

    /** {@return the rate-limit headers of a response; malformed values are ignored} */
    public static RateLimit parse(HttpHeaders headers, Clock clock) {
        return new RateLimit(
                headers.firstValue("Retry-After").map(v -> retryAfter(v, clock)).orElse(null),
                headers.firstValue("X-RateLimit-Delay").map(RateLimitHeaders::seconds).orElse(null),
                headers.firstValue("X-RateLimit-Resource").orElse(null),
                headers.firstValue("X-RateLimit-Limit").map(RateLimitHeaders::number).orElse(null),
                headers.firstValue("X-RateLimit-Remaining").map(RateLimitHeaders::number).orElse(null),
                headers.firstValue("X-RateLimit-Reset").map(RateLimitHeaders::epoch).orElse(null));
    }

    /**
     * {@return a {@code Retry-After} value as a duration: delta seconds or an HTTP date (a date in the past is zero);
     * {@code null} if malformed}
     */
    static Duration retryAfter(String value, Clock clock) {
        Duration seconds = seconds(value);
        if (seconds != null) {
            return seconds;
        }
        try {
            Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(clock.instant(), at);
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Duration seconds(String value) {
        try {
            BigDecimal s = new BigDecimal(value.trim());
            if (s.signum() < 0) {
                return null;
            }
            return Duration.ofNanos(s.movePointRight(9).min(BigDecimal.valueOf(Long.MAX_VALUE)).longValue());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long number(String value) {
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant epoch(String value) {
        Long s = number(value);
        return s == null ? null : Instant.ofEpochSecond(s);
    }
}
