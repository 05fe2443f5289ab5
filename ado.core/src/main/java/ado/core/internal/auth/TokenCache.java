package ado.core.internal.auth;

import ado.core.auth.AccessToken;
import ado.core.error.AdoAuthenticationException;
import ado.core.spi.AccessTokenProvider;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Caches the token of an {@link AccessTokenProvider} and fetches a new one shortly before it expires: 5 minutes
 * ahead, or half-way through the lifetime of a token that lives less than 10 minutes. When many threads need a
 * new token at once, exactly one fetches it while the others wait for it. If a refresh fails while the old token
 * is still valid, the old one is used and the next call tries again. A token the server rejected can be
 * {@link #invalidate invalidated}.
 */
public final class TokenCache {

    private static final System.Logger LOG = System.getLogger("ado.core.auth");
    private static final Duration AHEAD = Duration.ofMinutes(5);

    private final AccessTokenProvider provider;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Cached cached;
    private volatile String previous;

    /** Creates an empty cache; the first {@link #token()} fetches. */
    public TokenCache(AccessTokenProvider provider, Clock clock) {
        this.provider = provider;
        this.clock = clock;
    }

    /** {@return a valid token, fetched when there is none or it is about to expire} */
    public String token() {
        Cached current = cached;
        if (current != null && current.fresh(clock.instant())) {
            return current.token.token();
        }
        lock.lock();
        try {
            current = cached;
            Instant now = clock.instant();
            if (current != null && current.fresh(now)) {
                return current.token.token();
            }
            return refresh(current, now);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Drops the cached token if it is {@code rejected} (the server refused it), so the next {@link #token()}
     * fetches a new one. A token that was already replaced is left alone: when many requests are refused with the
     * same token, only one new token is fetched.
     */
    public void invalidate(String rejected) {
        lock.lock();
        try {
            Cached current = cached;
            if (current != null && current.token.token().equals(rejected)) {
                previous = rejected;
                cached = null;
                LOG.log(Level.DEBUG, () -> "Azure DevOps rejected the token from " + provider.name()
                        + "; fetching a new one");
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * {@return the current and the previous token, for redaction}; the token itself was checked where it entered
     * ({@link AccessToken}'s constructor refuses blank tokens and control characters)
     */
    public List<String> secrets() {
        Cached current = cached;
        String before = previous;
        var list = new ArrayList<String>(2);
        if (current != null) {
            list.add(current.token.token());
        }
        if (before != null) {
            list.add(before);
        }
        return List.copyOf(list);
    }

    private String refresh(Cached current, Instant now) {
        AccessToken fetched;
        try {
            fetched = provider.fetchToken();
        } catch (RuntimeException e) {
            if (current != null && current.token.expiresAt().isAfter(now)) {
                LOG.log(Level.WARNING, () -> "Token refresh via " + provider.name() + " failed; using the current"
                        + " token until it expires at " + current.token.expiresAt() + ": " + e.getClass().getName());
                return current.token.token();
            }
            throw e;
        }
        if (fetched == null) {
            throw new AdoAuthenticationException(provider.name() + " returned no token");
        }
        if (current != null) {
            previous = current.token.token();
        }
        cached = new Cached(fetched, refreshAt(fetched, now));
        LOG.log(Level.DEBUG, () -> "Fetched a token via " + provider.name() + ", valid until "
                + fetched.expiresAt());
        return fetched.token();
    }

    private static Instant refreshAt(AccessToken token, Instant now) {
        Duration lifetime = Duration.between(now, token.expiresAt());
        Duration ahead = lifetime.compareTo(AHEAD.multipliedBy(2)) < 0 ? lifetime.dividedBy(2) : AHEAD;
        return token.expiresAt().minus(ahead);
    }

    private record Cached(AccessToken token, Instant refreshAt) {
        boolean fresh(Instant now) {
            return now.isBefore(refreshAt);
        }
    }
}
