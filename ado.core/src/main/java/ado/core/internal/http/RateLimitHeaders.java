package ado.core.internal.http;

import ado.core.RateLimit;
import java.math.BigDecimal;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Reads {@code Retry-After} and the {@code X-RateLimit-*} headers into a {@link RateLimit}. Never throws: a
 * malformed or negative value counts as absent, and a wait too long to represent (such as
 * {@code Retry-After: 1e2147483647}) is {@link #LONGEST}, which every retry maximum rejects.
 */
public final class RateLimitHeaders {

    /** The longest wait a header can ask for; longer ones are cut to this (about 146 years). */
    public static final Duration LONGEST = Duration.ofNanos(Long.MAX_VALUE / 2);

    private static final BigDecimal LONGEST_SECONDS = BigDecimal.valueOf(LONGEST.getSeconds());

    private RateLimitHeaders() {
    }

    /** {@return the rate-limit headers of a response; malformed values are ignored} */
    public static RateLimit parse(HttpHeaders headers, Clock clock) {
        return new RateLimit(
                headers.firstValue("Retry-After").map(v -> retryAfter(v, clock)).orElse(null),
                headers.firstValue("X-RateLimit-Delay").map(RateLimitHeaders::seconds).orElse(null),
                headers.firstValue("X-RateLimit-Resource").orElse(null),
                headers.firstValue("X-RateLimit-Limit").map(RateLimitHeaders::count).orElse(null),
                headers.firstValue("X-RateLimit-Remaining").map(RateLimitHeaders::count).orElse(null),
                headers.firstValue("X-RateLimit-Reset").map(RateLimitHeaders::epoch).orElse(null));
    }

    /**
     * {@return a {@code Retry-After} value as a duration: delta seconds or an HTTP date (a date in the past is zero,
     * one too far ahead {@link #LONGEST}); {@code null} if malformed or negative}
     */
    static Duration retryAfter(String value, Clock clock) {
        Duration seconds = seconds(value);
        if (seconds != null) {
            return seconds;
        }
        try {
            Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Instant now = clock.instant();
            if (!at.isAfter(now)) {
                return Duration.ZERO;
            }
            Duration d = Duration.between(now, at);
            return d.compareTo(LONGEST) > 0 ? LONGEST : d;
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    /** {@return delta seconds (fractions allowed) as a duration, at most {@link #LONGEST}; null if not a number} */
    private static Duration seconds(String value) {
        String v = value.trim();
        if (v.isEmpty() || v.length() > 64 || !Character.isDigit(v.charAt(0)) && v.charAt(0) != '.') {
            return null; // also rejects signs, "NaN", "Infinity" and hex
        }
        try {
            BigDecimal s = new BigDecimal(v);
            if (s.compareTo(LONGEST_SECONDS) >= 0) {
                return LONGEST;
            }
            if ((long) s.precision() - s.scale() < -9) {
                return Duration.ZERO; // below a nanosecond; also keeps 1e-999999999 from costly arithmetic
            }
            long whole = s.longValue();
            long nanos = s.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
            return Duration.ofSeconds(whole, nanos);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** {@return a non-negative count, or null} */
    private static Long count(String value) {
        try {
            long n = Long.parseLong(value.trim());
            return n < 0 ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@return an epoch-seconds instant, or null if malformed, negative or beyond what {@link Instant} holds} */
    private static Instant epoch(String value) {
        Long s = count(value);
        return s == null || s > Instant.MAX.getEpochSecond() ? null : Instant.ofEpochSecond(s);
    }
}
