package ado.core.auth;

import ado.core.error.AdoAuthenticationException;
import ado.core.internal.auth.CredentialChecks;
import ado.core.internal.auth.CredentialsAccess;
import ado.core.internal.auth.TokenCache;
import ado.core.spi.AccessTokenProvider;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * How requests authenticate: a personal access token, a static bearer token, refreshed Entra tokens, or nothing.
 * Immutable and thread-safe; {@link #toString()} names the kind, never the secret.
 *
 * <pre>{@code
 * Credentials pat = Credentials.pat(System.getenv("MY_PAT"));
 * Credentials entra = Credentials.tokenProvider(myProvider); // cached, refreshed before expiry
 * }</pre>
 */
public final class Credentials {

    static {
        CredentialsAccess.register(new CredentialsAccess.Accessor() {
            @Override
            public Optional<String> authorization(Credentials credentials) {
                return credentials.header.get();
            }

            @Override
            public boolean reauthorize(Credentials credentials, String rejected) {
                return credentials.rejected.test(rejected);
            }

            @Override
            public List<String> secrets(Credentials credentials) {
                return credentials.secrets.get();
            }
        });
    }

    private static final String BEARER = "Bearer ";
    private static final Credentials ANONYMOUS = new Credentials("anonymous", Optional::empty, List::of);

    private final String kind;
    private final Supplier<Optional<String>> header;
    private final Predicate<String> rejected;
    private final Supplier<List<String>> secrets;

    private Credentials(String kind, Supplier<Optional<String>> header, Supplier<List<String>> secrets) {
        this(kind, header, value -> false, secrets);
    }

    private Credentials(String kind, Supplier<Optional<String>> header, Predicate<String> rejected,
                        Supplier<List<String>> secrets) {
        this.kind = kind;
        this.header = header;
        this.rejected = rejected;
        this.secrets = secrets;
    }

    /**
     * {@return a personal access token, sent as HTTP Basic with an empty user name}; surrounding whitespace is
     * stripped
     *
     * @param pat the personal access token
     * @throws AdoAuthenticationException if {@code pat} is blank or contains control characters (the message never
     *                                    contains the value)
     */
    public static Credentials pat(String pat) {
        String value = CredentialChecks.secret(pat, "pat");
        String encoded = Base64.getEncoder().encodeToString((":" + value).getBytes(StandardCharsets.UTF_8));
        String basic = "Basic " + encoded;
        List<String> secrets = List.of(value, encoded);
        return new Credentials("pat", () -> Optional.of(basic), () -> secrets);
    }

    /**
     * {@return a bearer token used as is (for example {@code SYSTEM_ACCESSTOKEN} in Azure Pipelines); it is not
     * refreshed}; surrounding whitespace is stripped
     *
     * @param token the bearer token
     * @throws AdoAuthenticationException if {@code token} is blank or contains anything but visible ASCII (the
     *                                    message never contains the value)
     */
    public static Credentials bearer(String token) {
        String checked = CredentialChecks.headerToken(token, "token");
        String value = BEARER + checked;
        List<String> secrets = List.of(checked);
        return new Credentials("bearer", () -> Optional.of(value), () -> secrets);
    }

    /**
     * {@return tokens from {@code provider}, sent as Bearer, cached and fetched again shortly before they expire
     * (5 minutes ahead, or half-way for short-lived tokens), once for all threads}; when Azure DevOps rejects a
     * token with 401, it is dropped and the request is retried once with a fresh one
     *
     * @param provider where tokens come from; called on the first request and before each expiry
     */
    public static Credentials tokenProvider(AccessTokenProvider provider) {
        return tokenProvider(provider, Clock.systemUTC());
    }

    static Credentials tokenProvider(AccessTokenProvider provider, Clock clock) {
        Objects.requireNonNull(provider, "provider == null");
        var cache = new TokenCache(provider, clock);
        return new Credentials("tokenProvider " + provider.name(), () -> Optional.of(BEARER + cache.token()),
                rejected -> {
                    if (rejected.startsWith(BEARER)) {
                        cache.invalidate(rejected.substring(BEARER.length()));
                    }
                    return true;
                }, cache::secrets);
    }

    /** {@return no credentials: requests carry no {@code Authorization} header} */
    public static Credentials anonymous() {
        return ANONYMOUS;
    }

    /** {@return whether these are {@link #anonymous()}} */
    public boolean isAnonymous() {
        return this == ANONYMOUS;
    }

    /** {@return the kind of credentials, such as {@code Credentials[pat]}; never the secret} */
    @Override
    public String toString() {
        return "Credentials[" + kind + "]";
    }
}
