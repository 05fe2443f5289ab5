package ado.core;

import ado.core.auth.Credentials;
import ado.core.error.AdoConfigurationException;
import ado.core.internal.auth.CredentialsAccess;
import ado.core.internal.config.Environment;
import ado.core.internal.config.ProviderLookup;
import ado.core.internal.config.OrganizationUrls;
import ado.core.internal.http.AsyncCall;
import ado.core.internal.http.Correlation;
import ado.core.internal.http.ErrorMapper;
import ado.core.internal.http.FirstConnection;
import ado.core.internal.http.HttpSyntax;
import ado.core.internal.http.LazyDefaultTls;
import ado.core.internal.http.Observer;
import ado.core.internal.http.RequestLimit;
import ado.core.internal.http.Sleeper;
import ado.core.internal.http.Transport;
import ado.core.internal.http.UrlRules;
import ado.core.internal.http.UserAgent;
import ado.core.internal.http.WireOptions;
import ado.core.json.JsonCodec;
import ado.core.spi.RequestListener;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javax.net.ssl.SSLContext;

/**
 * The entry point: an Azure DevOps organisation, credentials and one shared {@link HttpClient}. Requests start from
 * {@link #api()}.
 *
 * <p><b>Threads.</b> Thread-safe: create one client per organisation and share it between any number of threads.
 * Its configuration never changes; what it shares between calls (the HTTP connection pool, the token cache, the
 * pacing gate) is safe for concurrent use, and no call holds another back beyond the server's own pacing: every
 * call ends by its own deadline (see {@link RetryPolicy}). The {@link ApiCall} and {@link ApiRequest} values it
 * hands out are immutable too. {@link ApiRequest#async()} runs calls on the client's own daemon threads, one per
 * call in flight, which end after 30 idle seconds.
 *
 * <p><b>Closing.</b> {@link #close()} is idempotent. Calls started afterwards fail at once with
 * {@link AdoConfigurationException} naming the client; calls in flight (and streams from
 * {@link ApiRequest#openStream()} until closed) finish normally, and then the client releases what it owns: on
 * JDK 21 and later the {@link HttpClient} it built (a client given to {@link Builder#httpClient} is the caller's
 * to close); on JDK 17 the JDK offers no way to stop an {@code HttpClient}, whose idle threads end on their own.
 *
 * <pre>{@code
 * AdoClient client = AdoClient.builder()
 *         .organization("fabrikam")                       // or AZURE_DEVOPS_ORG
 *         .credentials(Credentials.pat(pat))              // or AZURE_DEVOPS_EXT_PAT, SYSTEM_ACCESSTOKEN, ...
 *         .build();
 * List<TeamProjectReference> projects = client.api().apis("projects").get("7.1")
 *         .asList(TeamProjectReference.class);
 * }</pre>
 *
 * <p>The client follows redirects itself, sending {@code Authorization} only to the origin of the request; it
 * retries as its {@link RetryPolicy} says, slows down when Azure DevOps asks it to ({@code Retry-After}, also on a
 * 200), and asks for and decodes gzip (not from loopback hosts unless {@link Builder#gzip(boolean)} says so). It
 * speaks HTTP/2 over TLS where the server offers it and HTTP/1.1 to {@code http://} hosts (see
 * {@link Builder#httpVersion(HttpClient.Version)}). Logs go to the {@link System.Logger} {@code ado.core.http} (retries at {@code DEBUG},
 * one {@code INFO} summary for a call that needed them), never with secrets; an opt-in HTTP log
 * ({@link Builder#httpLog(HttpLogLevel)}) goes to {@code ado.core.http.wire}, and {@link RequestListener}s
 * ({@link Builder#listener(RequestListener)}) see every attempt. See {@code docs/logging.md}.
 */
public final class AdoClient implements AutoCloseable {

    private final URI organization;
    private final ApiCall root;
    private final Credentials credentials;
    private final JsonCodec codec;
    private final HttpClient http;
    private final Transport transport;
    private final RetryPolicy retryPolicy;
    private final Map<Service, URI> services;
    private final boolean ownsHttp;
    private final String correlationHeader;
    private final Executor asyncExecutor = AsyncCall.threads();

    AdoClient(Builder b, URI organization, Credentials credentials, JsonCodec codec, HttpClient http,
              Sleeper sleeper, HttpLogLevel httpLog) {
        this.ownsHttp = b.httpClient == null;
        this.correlationHeader = b.correlationHeader;
        this.organization = organization;
        this.credentials = credentials;
        this.codec = codec;
        this.http = http;
        this.retryPolicy = b.retryPolicy;
        var urls = new EnumMap<Service, URI>(Service.class);
        for (Service s : Service.values()) {
            urls.put(s, b.serviceUrls.getOrDefault(s, OrganizationUrls.derived(organization, s.label)));
        }
        this.services = Map.copyOf(urls);
        var trustedUrls = new java.util.HashSet<URI>(services.values());
        trustedUrls.add(organization);
        trustedUrls.add(OrganizationUrls.profile(organization));
        Set<URI> trusted = Set.copyOf(trustedUrls);
        this.transport = new Transport(http, b.requestTimeout, b.userAgent,
                uri -> trusted.stream().anyMatch(t -> UrlRules.sameOrigin(t, uri))
                        ? CredentialsAccess.authorization(credentials) : Optional.empty(),
                rejected -> CredentialsAccess.reauthorize(credentials, rejected), b.retryPolicy,
                new ErrorMapper(codec, credentials.isAnonymous()), b.clock, sleeper,
                new Observer(httpLog, b.httpLogBodyLimit, b.httpLogRedactHeaders, b.listeners,
                        () -> CredentialsAccess.secrets(credentials)),
                new WireOptions(b.httpClient == null && b.httpVersion == null, b.gzip == null
                        ? WireOptions.Gzip.EXCEPT_LOOPBACK : b.gzip ? WireOptions.Gzip.ALWAYS : WireOptions.Gzip.NEVER),
                new RequestLimit(b.maxConcurrentRequests),
                new FirstConnection(http.version() == HttpClient.Version.HTTP_2,
                        http.connectTimeout().orElse(b.connectTimeout)));
        this.root = host(organization);
    }

    /** {@return a builder; everything has a default except the organisation} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the organisation URL, such as {@code https://dev.azure.com/fabrikam}} */
    public URI organization() {
        return organization;
    }

    /** {@return the organisation's name, such as {@code fabrikam}} */
    public String organizationName() {
        return OrganizationUrls.name(organization);
    }

    /** {@return the organisation scope, {@code https://dev.azure.com/{org}}; add {@code apis(...)} segments} */
    public ApiCall api() {
        return root;
    }

    /** {@return the identity host {@code https://vssps.dev.azure.com/{org}} (graph, identities, tokens)} */
    public ApiCall vssps() {
        return service(Service.VSSPS);
    }

    /** {@return the member entitlement host {@code https://vsaex.dev.azure.com/{org}} (user entitlements)} */
    public ApiCall vsaex() {
        return service(Service.VSAEX);
    }

    /** {@return the search host {@code https://almsearch.dev.azure.com/{org}}} */
    public ApiCall search() {
        return service(Service.ALMSEARCH);
    }

    /** {@return the release host {@code https://vsrm.dev.azure.com/{org}}} */
    public ApiCall releases() {
        return service(Service.VSRM);
    }

    /**
     * {@return the organisation scope on {@code service}'s host}: the URL set with
     * {@link Builder#serviceUrl(Service, URI)}, else the one derived from the organisation URL (for Azure DevOps
     * Server, the organisation URL itself)
     *
     * @param service the service whose host to call
     */
    public ApiCall service(Service service) {
        return host(serviceUrl(service));
    }

    /**
     * {@return the base URL of {@code service}, such as {@code https://vssps.dev.azure.com/fabrikam}}
     *
     * @param service the service
     */
    public URI serviceUrl(Service service) {
        return services.get(Objects.requireNonNull(service, "service == null"));
    }

    /** {@return the profile host {@code https://app.vssps.visualstudio.com}} */
    public ApiCall profile() {
        return host(OrganizationUrls.profile(organization));
    }

    /**
     * {@return a call on any other URL (such as an artifact {@code downloadUrl}), sent by this client}; a query in
     * {@code base} is kept verbatim ahead of the call's own parameters. Credentials go only to the organisation's
     * own hosts (its URL, the {@link Service} URLs, the profile host), never to other URLs.
     *
     * @param base the URL the call's path segments are appended to
     * @throws IllegalArgumentException if {@code base} is not https (or loopback http) or too long
     */
    public ApiCall host(URI base) {
        Objects.requireNonNull(base, "base == null");
        URI checked = UrlRules.check(base, "url");
        if (checked.getRawFragment() != null || checked.getRawUserInfo() != null) {
            throw new IllegalArgumentException("url must not have a fragment or user info: "
                    + UrlRules.redact(checked));
        }
        String text = checked.getScheme() + "://" + checked.getRawAuthority()
                + (checked.getRawPath() == null ? "" : checked.getRawPath());
        return new ApiCall(this, URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text), "",
                Map.of(), checked.getRawQuery());
    }

    /** {@return the codec that encodes and decodes JSON bodies} */
    public JsonCodec codec() {
        return codec;
    }

    /** {@return the kind of credentials in use (never the secret)} */
    public Credentials credentials() {
        return credentials;
    }

    /** {@return the retry policy} */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** {@return the underlying JDK client} */
    public HttpClient httpClient() {
        return http;
    }

    /**
     * {@return the header each call sends its correlation id in, such as {@code X-VSS-E2EID}; empty when the client
     * sends none}
     *
     * @see Builder#correlationHeader(String)
     */
    public Optional<String> correlationHeader() {
        return Optional.ofNullable(correlationHeader);
    }

    Transport transport() {
        return transport;
    }

    /** {@return the executor of {@link ApiRequest#async()}: a daemon thread per call in flight} */
    Executor asyncExecutor() {
        return asyncExecutor;
    }

    /**
     * Closes the client: later calls fail with {@link AdoConfigurationException}; calls in flight finish, and then
     * the {@link HttpClient} the client built is closed where the JDK allows it (JDK 21+). Idempotent; never blocks.
     */
    @Override
    public void close() {
        transport.close(toString(), this::release);
    }

    /** {@return whether {@link #close()} was called} */
    public boolean isClosed() {
        return transport.closed();
    }

    private void release() {
        if (ownsHttp && http instanceof AutoCloseable closeable) { // HttpClient is AutoCloseable from JDK 21 on
            try {
                closeable.close();
            } catch (Exception e) {
                System.getLogger("ado.core.http").log(System.Logger.Level.DEBUG, "Closing the HTTP client failed", e);
            }
        }
    }

    @Override
    public String toString() {
        return "AdoClient[" + organization + ", " + credentials + ", codec=" + codec.name() + "]";
    }

    /**
     * The Azure DevOps services that live on hosts of their own, derived from the organisation URL:
     * {@code https://dev.azure.com/fabrikam} has its identities at {@code https://vssps.dev.azure.com/fabrikam}.
     */
    public enum Service {
        /** Identities and graph: {@code vssps.dev.azure.com}. */
        VSSPS("vssps"),
        /** Member entitlement management: {@code vsaex.dev.azure.com}. */
        VSAEX("vsaex"),
        /** Code, work item and wiki search: {@code almsearch.dev.azure.com}. */
        ALMSEARCH("almsearch"),
        /** Release management: {@code vsrm.dev.azure.com}. */
        VSRM("vsrm");

        private final String label;

        Service(String label) {
            this.label = label;
        }

        /** {@return the host label, such as {@code vssps}} */
        public String label() {
            return label;
        }
    }
    /**
     * Builds an {@link AdoClient}. Unset values come from the environment (see {@link #environment}) or defaults:
     * connect timeout 10 s, request timeout 60 s, {@link RetryPolicy#defaults()}, HTTP/2 over TLS and HTTP/1.1 on
     * cleartext, gzip asked for except from loopback hosts.
     *
     * <p>Not thread-safe: confine a builder to one thread. Each {@link #build()} makes a new client from the
     * builder's current settings.
     */
    public static final class Builder {

        private URI organization;
        private String organizationText;
        private Credentials credentials;
        private HttpClient httpClient;
        private SSLContext sslContext;
        private ProxySelector proxySelector;
        private Executor executor;
        private Duration connectTimeout = Duration.ofSeconds(10);
        HttpClient.Version httpVersion;
        Boolean gzip;
        Duration requestTimeout = Duration.ofSeconds(60);
        int maxConcurrentRequests = RequestLimit.DEFAULT;
        RetryPolicy retryPolicy = RetryPolicy.defaults();
        String userAgent = UserAgent.DEFAULT;
        private JsonCodec jsonCodec;
        private Function<String, String> environment = System::getenv;
        Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private final Map<Service, URI> serviceUrls = new EnumMap<>(Service.class);
        private HttpLogLevel httpLog;
        int httpLogBodyLimit = 4096;
        final List<String> httpLogRedactHeaders = new ArrayList<>();
        final List<RequestListener> listeners = new ArrayList<>();
        String correlationHeader = Correlation.DEFAULT_HEADER;

        private Builder() {
        }

        /**
         * Sets the header each call sends its correlation id in; default {@code X-VSS-E2EID}, the end-to-end id
         * Microsoft's own clients send and Azure DevOps echoes in its answer and keeps in its traces (so Microsoft
         * support can find a call by it, next to the {@code ActivityId} of the answer). Each call gets a new random
         * id (a UUID), or the one given with {@link ApiRequest#correlationId(String)}; it stays the same on every
         * attempt of the call, and appears in the call's debug log lines and in its exceptions
         * ({@link ado.core.error.AdoException#correlationId()}). Like every custom header it goes only to the
         * request's own origin, never to a redirect's other host.
         *
         * <pre>{@code
         * AdoClient client = AdoClient.builder()
         *         .organization("fabrikam")
         *         .correlationHeader("x-ms-client-request-id")
         *         .build();
         * }</pre>
         *
         * @param name the header name, an HTTP token that is not one of the headers the client sets itself
         *             ({@code Authorization}, {@code Accept}, {@code User-Agent}, ...)
         * @return this builder
         * @throws IllegalArgumentException if {@code name} is not a token or is a header the client sets itself
         * @throws NullPointerException     if {@code name} is null
         * @see #noCorrelationHeader()
         */
        public Builder correlationHeader(String name) {
            this.correlationHeader = Correlation.checkHeader(name, "correlationHeader");
            return this;
        }

        /**
         * Sends no correlation header. Calls still get correlation ids, for their log lines and exceptions.
         *
         * @return this builder
         * @see #correlationHeader(String)
         */
        public Builder noCorrelationHeader() {
            this.correlationHeader = null;
            return this;
        }

        /**
         * Sets the organisation by URL: {@code https://dev.azure.com/{org}} (nothing below the organisation), a
         * legacy {@code https://{org}.visualstudio.com}, or the URL of another host (Azure DevOps Server, a proxy,
         * the emulator) whose path is the collection, such as {@code https://ado.example/tfs/DefaultCollection}.
         * The URL uses https (http only for a loopback host: {@code localhost}, {@code 127.x.x.x}, {@code [::1]})
         * and has no user info, query or fragment; a trailing slash is dropped. {@code {org}} follows the rule of
         * {@link #organization(String)}.
         *
         * @param url the organisation URL
         * @return this builder
         * @throws IllegalArgumentException naming the URL (without user info) and the rule it breaks
         */
        public Builder organization(URI url) {
            this.organization = OrganizationUrls.normalise(Objects.requireNonNull(url, "organization == null"),
                    "organization");
            return this;
        }

        /**
         * Sets the organisation by name ({@code fabrikam} means {@code https://dev.azure.com/fabrikam}) or URL. A
         * name follows Azure DevOps' rule: 1 to 50 English letters, digits and hyphens, starting and ending with a
         * letter or digit (so not {@code "my org"}, {@code "fab_rikam"} or {@code "-fab"}). A value containing
         * {@code ://} is a URL, under the rules of {@link #organization(URI)}; any other host (Azure DevOps
         * Server, a proxy, the emulator) is given that way. Surrounding white space is ignored.
         *
         * @param nameOrUrl the organisation name or URL
         * @return this builder
         * @throws IllegalArgumentException if the value is blank, a name that breaks the rule, or a URL that breaks
         *                                  the URL rules; the message names the value (a URL without its user
         *                                  info) and the rule
         */
        public Builder organization(String nameOrUrl) {
            this.organization = OrganizationUrls.parse(Objects.requireNonNull(nameOrUrl, "organization == null"),
                    "organization");
            return this;
        }

        /**
         * Sends the calls of {@code service} to {@code url} instead of the URL derived from the organisation (an
         * Azure DevOps Server with separate hosts, a proxy, the emulator's per-service listeners). The client sends
         * its credentials there too.
         *
         * @param service the service to redirect
         * @param url the base URL of that service
         * @return this builder
         * @throws IllegalArgumentException if {@code url} is not https (http only for loopback hosts), has user
         *                                  info, a query or a fragment, or is too long
         */
        public Builder serviceUrl(Service service, URI url) {
            Objects.requireNonNull(service, "service == null");
            serviceUrls.put(service, OrganizationUrls.normalise(Objects.requireNonNull(url, "url == null"),
                    "serviceUrl"));
            return this;
        }

        /**
         * Sets the credentials. Unset, they come from {@code AZURE_DEVOPS_EXT_PAT} (a PAT), then
         * {@code SYSTEM_ACCESSTOKEN} (Azure Pipelines, as Bearer), then an {@link ado.core.spi.AccessTokenProvider}
         * found by {@link java.util.ServiceLoader}; with none of these requests are anonymous.
         *
         * @param credentials the credentials; {@link Credentials#anonymous()} for none
         * @return this builder
         */
        public Builder credentials(Credentials credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials == null");
            return this;
        }

        /**
         * Uses {@code client} instead of building one; it must not follow redirects (ado.core follows them itself
         * so credentials never reach another host). Its version is used as it is (with {@code HTTP_2}, also
         * {@code h2c} upgrade offers on cleartext). Excludes {@link #sslContext}, {@link #proxySelector},
         * {@link #executor}, {@link #httpVersion} and {@link #connectTimeout}.
         *
         * @param client a JDK client with {@link HttpClient.Redirect#NEVER}; the caller closes it
         * @return this builder
         */
        public Builder httpClient(HttpClient client) {
            this.httpClient = Objects.requireNonNull(client, "httpClient == null");
            return this;
        }

        /**
         * Sets the TLS context of the built HTTP client.
         *
         * @param sslContext the TLS context (trusted certificates, key material)
         * @return this builder
         */
        public Builder sslContext(SSLContext sslContext) {
            this.sslContext = Objects.requireNonNull(sslContext, "sslContext == null");
            return this;
        }

        /**
         * Sets the proxy selector of the built HTTP client; default {@link ProxySelector#getDefault()}, which honours
         * the standard {@code https.proxyHost} and {@code http.nonProxyHosts} system properties.
         *
         * @param proxySelector the proxy selector
         * @return this builder
         */
        public Builder proxySelector(ProxySelector proxySelector) {
            this.proxySelector = Objects.requireNonNull(proxySelector, "proxySelector == null");
            return this;
        }

        /**
         * Sets the executor of the built HTTP client.
         *
         * @param executor the executor of the JDK client's asynchronous work
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor == null");
            return this;
        }

        /**
         * Sets the HTTP version of the built client. Unset, requests to {@code https://} hosts prefer HTTP/2
         * (negotiated by ALPN during the TLS handshake, HTTP/1.1 where the server has no HTTP/2) and requests to
         * {@code http://} hosts (loopback only) go as HTTP/1.1: a JDK client preferring HTTP/2 would offer an
         * {@code h2c} upgrade ({@code Upgrade}, {@code HTTP2-Settings}) on every cleartext request, which Azure DevOps
         * Server and the emulator never accept, at a cost of 20-40 % of a small call's time on loopback. Set, the
         * client uses {@code version} for every request as the JDK does, {@code h2c} offers included for
         * {@link HttpClient.Version#HTTP_2}. A client given to {@link #httpClient(HttpClient)} is used as it is.
         *
         * @param version the HTTP version of every request
         * @return this builder
         */
        public Builder httpVersion(HttpClient.Version version) {
            this.httpVersion = Objects.requireNonNull(version, "httpVersion == null");
            return this;
        }

        /**
         * Sets whether requests ask for gzip ({@code Accept-Encoding: gzip}); answers compressed with gzip are
         * decoded either way. Unset, every host is asked except loopback hosts ({@code localhost},
         * {@code 127.0.0.0/8}, {@code ::1}). Measured with {@code benchmarks} {@code UserRun}: a 1.1 MB batch
         * of 200 work items shrinks 7-10x and takes 0.29x the time over a 50 Mbit/s link, but 2-3.6x the time on
         * loopback, where compressing and inflating only cost CPU; a 1.6 KB answer shows no difference either
         * way. Gzip pays on links slower than about 0.6 Gbit/s: keep it for Azure DevOps Services; turn it off for
         * a server on a fast LAN, and on for a loopback port that tunnels to a remote server.
         *
         * @param gzip whether to ask every host for gzip
         * @return this builder
         */
        public Builder gzip(boolean gzip) {
            this.gzip = gzip;
            return this;
        }

        /**
         * Sets how long connecting may take; default 10 s.
         *
         * @param timeout the connect timeout; positive
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * Sets how long one attempt may take: connecting, the response headers and a body read into memory; for a
         * body the caller reads ({@code openStream}, {@code download}), the longest wait for its next bytes. A call's
         * deadline ({@link RetryPolicy#maxTotalTime()}) is never shorter than this. Default 60 s.
         *
         * @param timeout the attempt timeout; positive
         * @return this builder
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive(timeout, "requestTimeout");
            return this;
        }

        /**
         * Sets how many requests are in flight at once (sent, body not yet read or, for {@code openStream}, not yet
         * ended or closed); default 64: fewer HTTP/1.1 connections than threads, and fewer than the 100 streams HTTP/2
         * servers commonly allow. Others wait in line until their call's deadline, then fail (nothing sent).
         *
         * @param max the most requests in flight; at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code max} is below 1
         */
        public Builder maxConcurrentRequests(int max) {
            this.maxConcurrentRequests = RequestLimit.checked(max);
            return this;
        }

        /**
         * Sets the retry policy; default {@link RetryPolicy#defaults()}.
         *
         * @param policy the retry policy
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy == null");
            return this;
        }

        /**
         * Sets the {@code User-Agent}; default {@code ado4j/<version> Java/<version>}.
         *
         * @param userAgent the {@code User-Agent} header value
         * @return this builder
         * @throws IllegalArgumentException if {@code userAgent} is blank or has a control character (CR, LF, ...)
         */
        public Builder userAgent(String userAgent) {
            this.userAgent = HttpSyntax.headerValue(ApiCall.requireNonBlank(userAgent, "userAgent"), "userAgent");
            return this;
        }

        /**
         * Sets the JSON codec. Unset, the {@link ado.core.spi.JsonCodecProvider} with the highest priority is used
         * ({@code ado.json} when present), else {@link JsonCodec#builtin()}.
         *
         * @param codec the codec of request and response bodies
         * @return this builder
         */
        public Builder jsonCodec(JsonCodec codec) {
            this.jsonCodec = Objects.requireNonNull(codec, "jsonCodec == null");
            return this;
        }

        /**
         * Sets where environment variables are read from; default {@link System#getenv(String)}.
         *
         * @param environment a lookup from variable name to value, {@code null} when unset
         * @return this builder
         */
        public Builder environment(Function<String, String> environment) {
            this.environment = Objects.requireNonNull(environment, "environment == null");
            return this;
        }

        /**
         * Sets the clock used for {@code Retry-After} dates and token expiry; default UTC system clock.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /**
         * Sets how much of each HTTP exchange is logged to the {@link System.Logger} {@code ado.core.http.wire} at
         * {@code INFO}. Unset, the system property {@code ado4j.httpLog} decides, else the environment variable
         * {@code ADO4J_HTTP_LOG} ({@code none}, {@code basic}, {@code headers} or {@code bodies}), else
         * {@link HttpLogLevel#NONE}. Secrets are masked at every level (see {@code docs/logging.md}).
         *
         * @param level how much to log
         * @return this builder
         */
        public Builder httpLog(HttpLogLevel level) {
            this.httpLog = Objects.requireNonNull(level, "httpLog == null");
            return this;
        }

        /**
         * Sets how many bytes of a text body the {@link HttpLogLevel#BODIES} log shows; the rest is cut, saying how
         * much. Default 4096.
         *
         * @param bytes the most bytes shown per body, 0 or more
         * @return this builder
         * @throws IllegalArgumentException if {@code bytes} is negative or over 1 MiB
         */
        public Builder httpLogBodyLimit(int bytes) {
            if (bytes < 0 || bytes > 1 << 20) {
                throw new IllegalArgumentException("httpLogBodyLimit must be between 0 and 1048576: " + bytes);
            }
            this.httpLogBodyLimit = bytes;
            return this;
        }

        /**
         * Adds headers whose values the HTTP log masks, besides those it always masks ({@code Authorization},
         * {@code Proxy-Authorization}, cookies and secret-looking names such as {@code X-Api-Key}). Names are
         * compared ignoring case.
         *
         * @param names header names
         * @return this builder
         * @throws IllegalArgumentException if a name is not an HTTP token
         */
        public Builder httpLogRedactHeaders(String... names) {
            Objects.requireNonNull(names, "names == null");
            for (String name : names) {
                httpLogRedactHeaders.add(HttpSyntax.token(name, "header name"));
            }
            return this;
        }

        /**
         * Adds a listener told about every attempt, retry, throttle wait, response and failure of the client's
         * calls, for metrics or tracing; several may be added, and are called in that order.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(RequestListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener == null"));
            return this;
        }

        Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        /**
         * {@return the client}
         *
         * @throws AdoConfigurationException if no organisation is configured, two codec providers tie, a given
         *                                   HTTP client follows redirects or is combined with client settings, or
         *                                   {@code ado4j.httpLog} or {@code ADO4J_HTTP_LOG} names no log level
         */
        public AdoClient build() {
            var env = new Environment(environment);
            URI org = env.organization(organization);
            Credentials creds = env.credentials(credentials, ProviderLookup::tokenProvider);
            JsonCodec codec = jsonCodec != null ? jsonCodec : ProviderLookup.codec();
            HttpLogLevel level = env.httpLog(httpLog, System::getProperty);
            return new AdoClient(this, org, creds, codec, http(org), sleeper, level);
        }

        private HttpClient http(URI org) {
            if (httpClient != null) {
                if (sslContext != null || proxySelector != null || executor != null || httpVersion != null) {
                    throw new AdoConfigurationException("httpClient cannot be combined with sslContext, "
                            + "proxySelector, executor or httpVersion; configure them on the given client");
                }
                if (httpClient.followRedirects() != HttpClient.Redirect.NEVER) {
                    throw new AdoConfigurationException("httpClient must use HttpClient.Redirect.NEVER: ado.core "
                            + "follows redirects itself so credentials never reach another host");
                }
                return httpClient;
            }
            var b = HttpClient.newBuilder().version(httpVersion != null ? httpVersion : HttpClient.Version.HTTP_2)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(connectTimeout);
            if (sslContext != null) {
                b.sslContext(sslContext);
            } else if ("http".equalsIgnoreCase(org.getScheme())) {
                b.sslContext(LazyDefaultTls.create()); // no trust store loaded unless a request needs TLS
            }
            ProxySelector proxies = proxySelector != null ? proxySelector : ProxySelector.getDefault();
            if (proxies != null) {
                b.proxy(proxies);
            }
            if (executor != null) {
                b.executor(executor);
            }
            return b.build();
        }

        private static Duration positive(Duration d, String field) {
            Objects.requireNonNull(d, field + " == null");
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(field + " must be positive: " + d);
            }
            return d;
        }
    }
}
