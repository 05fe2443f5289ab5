package ado.core.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.auth.AccessToken;
import ado.core.error.AdoConfigurationException;
import ado.core.spi.AccessTokenProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TokenCacheTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(T0);

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        void advance(Duration d) {
            now.updateAndGet(i -> i.plus(d));
        }
    }

    /** Hands out token-1, token-2, ... each valid for an hour from the clock's now; counts calls. */
    private static final class CountingProvider implements AccessTokenProvider {
        final AtomicInteger calls = new AtomicInteger();
        final Clock clock;
        final Duration lifetime;

        CountingProvider(Clock clock, Duration lifetime) {
            this.clock = clock;
            this.lifetime = lifetime;
        }

        @Override
        public AccessToken fetchToken() {
            int n = calls.incrementAndGet();
            try {
                Thread.sleep(50); // slow enough for the other threads to pile up
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new AccessToken("token-" + n, clock.instant().plus(lifetime));
        }
    }

    @Test
    void token_cachedUntilFiveMinutesBeforeExpiry() {
        var clock = new ManualClock();
        var provider = new CountingProvider(clock, Duration.ofHours(1));
        var cache = new TokenCache(provider, clock);

        assertThat(cache.token()).isEqualTo("token-1");
        clock.advance(Duration.ofMinutes(54));
        assertThat(cache.token()).isEqualTo("token-1");
        clock.advance(Duration.ofMinutes(2));
        assertThat(cache.token()).isEqualTo("token-2");
        assertThat(provider.calls).hasValue(2);
    }

    @Test
    void shortLivedToken_refreshedHalfWay() {
        var clock = new ManualClock();
        var provider = new CountingProvider(clock, Duration.ofMinutes(4));
        var cache = new TokenCache(provider, clock);

        cache.token();
        clock.advance(Duration.ofMinutes(1));
        assertThat(cache.token()).isEqualTo("token-1");
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(cache.token()).isEqualTo("token-2");
    }

    @Test
    void tokenExpiringMidRun_refreshedOnceForEightThreads() throws Exception {
        var clock = new ManualClock();
        var provider = new CountingProvider(clock, Duration.ofHours(1));
        var cache = new TokenCache(provider, clock);
        assertThat(cache.token()).isEqualTo("token-1");
        clock.advance(Duration.ofMinutes(58));

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            var start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return cache.token();
                }));
            }
            start.countDown();
            for (Future<String> f : results) {
                assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo("token-2");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(provider.calls).hasValue(2);
    }

    @Test
    void failedRefresh_withValidOldToken_keepsOldToken() {
        var clock = new ManualClock();
        var calls = new AtomicInteger();
        AccessTokenProvider flaky = () -> {
            if (calls.incrementAndGet() > 1) {
                throw new AdoConfigurationException("identity endpoint down");
            }
            return new AccessToken("first", T0.plus(Duration.ofHours(1)));
        };
        var cache = new TokenCache(flaky, clock);
        cache.token();
        clock.advance(Duration.ofMinutes(57));

        assertThat(cache.token()).isEqualTo("first");
        clock.advance(Duration.ofMinutes(4));
        assertThatThrownBy(cache::token).isInstanceOf(AdoConfigurationException.class);
        assertThat(calls).hasValue(3);
    }

    @Test
    void invalidate_currentToken_nextCallFetches() {
        var clock = new ManualClock();
        var provider = new CountingProvider(clock, Duration.ofHours(1));
        var cache = new TokenCache(provider, clock);
        cache.token();

        cache.invalidate("token-1");

        assertThat(cache.token()).isEqualTo("token-2");
        assertThat(provider.calls).hasValue(2);
    }

    @Test
    void invalidate_alreadyReplacedToken_keepsNewOne() {
        var clock = new ManualClock();
        var provider = new CountingProvider(clock, Duration.ofHours(1));
        var cache = new TokenCache(provider, clock);
        cache.token();
        cache.invalidate("token-1");
        cache.token();

        cache.invalidate("token-1");

        assertThat(cache.token()).isEqualTo("token-2");
        assertThat(provider.calls).hasValue(2);
    }
}
