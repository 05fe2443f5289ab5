package ado.emulator;

import ado.core.AdoClient;
import ado.core.auth.Credentials;
import ado.emulator.internal.http.Listeners;
import ado.emulator.internal.http.PublicUrls;
import ado.emulator.internal.http.SelfSigned;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.http.Settings;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.net.ssl.SSLContext;

/**
 * An in-memory Azure DevOps organisation served over HTTP on 127.0.0.1, for tests, demos and benchmarks.
 *
 * <pre>{@code
 * try (AdoEmulator emulator = AdoEmulator.start()) {          // seeded sample data, random port
 *     AdoClient client = emulator.client();                     // organisation URL and PAT set
 *     emulator.faults().on("GET", "/_apis/projects").once().status(503);
 * }
 * }</pre>
 *
 * <p>URLs follow ADO: {@code {url}/_apis/...} and {@code {url}/{project}/_apis/...}. The services ADO runs on hosts
 * of their own have listeners of their own, as in the cloud: identities and the Graph ({@code vssps}), user
 * entitlements ({@code vsaex}) and search ({@code almsearch}), each at {@link #serviceUrl(AdoClient.Service)} and
 * only there, so a call sent to the wrong host gets a 404; {@link #clientBuilder()} points the client at them. The
 * profile is served at {@code /_apis/profile/profiles/me} on the server root. Run standalone with
 * {@code java -p <module path> -m ado.emulator}, which prints the URL and PAT and serves until killed.
 */
public final class AdoEmulator implements AutoCloseable {

    static {
        // TCP_NODELAY, and idle connections kept longer than JDK clients keep them; read once, when the JDK's server
        // configuration loads; a value the application set is kept
        ado.emulator.internal.http.ServerDefaults.apply(System.getProperties());
    }

    private static final System.Logger LOG = System.getLogger("ado.emulator");

    private final ado.emulator.internal.http.Throttle throttle;
    private final Listeners listeners;
    private final URI url;
    private final String pat;
    private final Faults faults;
    private final RequestLog requests;
    private final EmulatorClock clock;
    /** The stores and routes, and the test facades over them ({@link #git()}, {@link #library()}, ...). */
    private final EmulatorWiring wiring;
    private final SelfSigned selfSigned;
    /** Holds answers to Microsoft's REST specification (see the README, "Conformance to the specification"). */
    private final ado.emulator.internal.spec.SpecValidation spec;

    private AdoEmulator(Builder b) {
        this.pat = b.pat != null ? b.pat : HexFormat.of().formatHex(new SecureRandom().generateSeed(26));
        this.faults = new Faults();
        this.requests = new RequestLog();
        this.clock = b.clockStart == null ? EmulatorClock.system() : EmulatorClock.frozenAt(b.clockStart);
        this.wiring = new EmulatorWiring(b.organization, b.seeded, clock, b.workItemView, b.wiqlClock);
        Set<String> bearer = new HashSet<>(b.bearerTokens);
        bearer.add(pat);
        this.throttle = b.throttling == null ? null : b.throttling.newThrottle();
        var settings = new Settings(b.organization, pat, bearer, b.signInPageOnBadAuth, b.latency, throttle);
        this.selfSigned = b.httpsSelfSigned ? SelfSigned.generate() : null;
        this.spec = ado.emulator.internal.spec.SpecValidation.create(b.organization, b.specs);
        this.listeners = new Listeners(new Listeners.Config(settings, wiring.orgRouter, wiring.rootRouter,
                wiring.services, faults.source(), requests.recorder(), b.port, b.threads,
                selfSigned != null ? selfSigned.server() : b.sslContext,
                PublicUrls.of(b.organization, b.publicUrl, b.servicePublicUrls), spec.registry()));
        this.url = listeners.url();
        listeners.start();
        LOG.log(System.Logger.Level.DEBUG, "emulator serving " + url);
    }

    /**
     * Suspends ({@code false}) or resumes ({@code true}) the rate limiting set with
     * {@link Builder#throttling(Throttling)}; while suspended, requests use no budget. No effect without it.
     *
     * @param active whether requests are charged and throttled
     */
    public void throttlingActive(boolean active) {
        if (throttle != null) {
            throttle.active(active);
        }
    }

    /** {@return the emulator's conformance to the specification, for tests of this module} */
    ado.emulator.internal.spec.SpecValidation specValidation() {
        return spec;
    }

    /** {@return a builder: seeded, organisation {@code fabrikam}, a random PAT, 401 on bad credentials} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a started emulator with the default settings and seeded sample data} */
    public static AdoEmulator start() {
        return builder().start();
    }

    /** {@return the organisation URL, {@code http://127.0.0.1:{port}/{org}} ({@code https} when serving TLS)} */
    public URI url() {
        return url;
    }

    /**
     * {@return the organisation URL on the listener of {@code service}} ({@code VSSPS}: Graph and identities,
     * {@code VSAEX}: user entitlements, {@code ALMSEARCH}: search); {@code VSRM} has no listener of its own and
     * answers the organisation URL
     *
     * @param service the service
     */
    public URI serviceUrl(AdoClient.Service service) {
        return listeners.serviceUrls().getOrDefault(Objects.requireNonNull(service, "service == null"), url);
    }

    /** {@return the organisation name} */
    public String organization() {
        String path = url.getPath();
        return path.substring(1);
    }

    /** {@return the PAT the emulator accepts (as Basic password with any user name, or as a Bearer token)} */
    public String pat() {
        return pat;
    }

    /**
     * {@return a client builder with the organisation URL, the service listeners' URLs and the PAT set, and with
     * {@link #clientSslContext()} when the emulator made its own certificate}
     */
    public AdoClient.Builder clientBuilder() {
        AdoClient.Builder b = AdoClient.builder().organization(url.toString()).credentials(Credentials.pat(pat));
        listeners.serviceUrls().forEach(b::serviceUrl);
        if (selfSigned != null) {
            b.sslContext(selfSigned.client());
        }
        return b;
    }

    /**
     * {@return a TLS context that trusts the emulator's self-signed certificate and nothing else}
     *
     * @throws IllegalStateException unless the emulator was built with {@link Builder#httpsSelfSigned()}
     */
    public SSLContext clientSslContext() {
        return selfSigned().client();
    }

    /**
     * {@return the emulator's self-signed certificate in PEM, for clients outside the JVM}
     *
     * @throws IllegalStateException unless the emulator was built with {@link Builder#httpsSelfSigned()}
     */
    public String certificatePem() {
        return selfSigned().certificatePem();
    }

    private SelfSigned selfSigned() {
        if (selfSigned == null) {
            throw new IllegalStateException("the emulator has no certificate of its own: build it with "
                    + "httpsSelfSigned()");
        }
        return selfSigned;
    }

    /** {@return a client for this emulator} */
    public AdoClient client() {
        return clientBuilder().build();
    }

    /** {@return the fault injection rules} */
    public Faults faults() {
        return faults;
    }

    /** {@return the requests received} */
    public RequestLog requests() {
        return requests;
    }

    /** {@return direct access to the Git repositories} */
    public EmulatorGit git() {
        return wiring.git;
    }

    /** {@return direct access to the pipelines library (stored variable groups with their secrets, ...)} */
    public EmulatorLibrary library() {
        return wiring.library;
    }

    /** {@return the emulator's clock: advance it to move queued builds and runs forward} */
    public EmulatorClock clock() {
        return clock;
    }

    /** {@return the pipeline definitions and runs, for defining pipelines and looking into runs} */
    public EmulatorPipelines pipelines() {
        return wiring.pipelines;
    }

    /** {@return test access to what branch policies read (build results)} */
    public EmulatorPolicies policies() {
        return wiring.policies;
    }

    /**
     * Stops serving; idempotent. When answers are validated against Microsoft's REST specification (the
     * {@code ado.specs} system property or {@link Builder#specs(java.nio.file.Path)}), throws an
     * {@link AssertionError} listing every off-spec answer seen, once.
     */
    @Override
    public void close() {
        listeners.close();
        if (spec != null) {
            spec.verify();
        }
    }

    /** Test hook: each listener's URL and its router. */
    Map<URI, Router> routers() {
        return listeners.routers();
    }

    @Override
    public String toString() {
        return "AdoEmulator[" + url + "]";
    }

    /**
     * Serves a seeded emulator until killed; prints the URL and PAT. Options: {@code --port N --org NAME --pat X}.
     *
     * @param args the options
     * @throws InterruptedException when the serving thread is interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        ado.emulator.internal.seed.Standalone.run(args);
    }

    /** Options for an emulator. Not thread-safe: confine a builder to one thread. */
    public static final class Builder {
        private String organization = "fabrikam";
        private String pat;
        private final Set<String> bearerTokens = new HashSet<>();
        private boolean seeded = true;
        private boolean signInPageOnBadAuth;
        private Duration latency = Duration.ZERO;
        private Throttling throttling;
        private int port;
        private int threads = 8;
        private ado.emulator.internal.wiql.WorkItemView workItemView;
        private Clock wiqlClock;
        private Instant clockStart;
        private SSLContext sslContext;
        private boolean httpsSelfSigned;
        private URI publicUrl;
        private java.nio.file.Path specs;
        private final Map<AdoClient.Service, URI> servicePublicUrls = new EnumMap<>(AdoClient.Service.class);

        private Builder() {
        }

        /** Test hook: the work items WIQL queries read (default: none until the work item store exists). */
        Builder workItemView(ado.emulator.internal.wiql.WorkItemView view) {
            this.workItemView = Objects.requireNonNull(view, "view == null");
            return this;
        }

        /** Test hook: the clock of {@code @Today} and of saved-query dates (default: the emulator's clock). */
        Builder wiqlClock(Clock clock) {
            this.wiqlClock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /**
         * Sets the organisation name (default {@code fabrikam}).
         *
         * @param name 1 to 50 letters, digits and hyphens, starting with a letter or digit
         * @return this builder
         * @throws IllegalArgumentException if {@code name} breaks that rule
         */
        public Builder organization(String name) {
            Objects.requireNonNull(name, "organization == null");
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9-]{0,49}")) {
                throw new IllegalArgumentException("organization must be letters, digits and '-': " + name);
            }
            this.organization = name;
            return this;
        }

        /**
         * Sets the accepted PAT (default: random).
         *
         * @param pat the PAT; not blank
         * @return this builder
         * @throws IllegalArgumentException if {@code pat} is blank
         */
        public Builder pat(String pat) {
            Objects.requireNonNull(pat, "pat == null");
            if (pat.isBlank()) {
                throw new IllegalArgumentException("pat must not be blank");
            }
            this.pat = pat;
            return this;
        }

        /**
         * Accepts {@code token} as a Bearer token too (the PAT always is).
         *
         * @param token the extra Bearer token
         * @return this builder
         */
        public Builder bearerToken(String token) {
            Objects.requireNonNull(token, "token == null");
            bearerTokens.add(token);
            return this;
        }

        /**
         * Chooses seeded sample data (the default) or an empty organisation.
         *
         * @param seeded {@code false} for an empty organisation
         * @return this builder
         */
        public Builder seeded(boolean seeded) {
            this.seeded = seeded;
            return this;
        }

        /**
         * Answers bad credentials with 203 and an HTML sign-in page instead of 401 with ADO's JSON error.
         *
         * @param signInPage {@code true} for the sign-in page
         * @return this builder
         */
        public Builder signInPageOnBadAuth(boolean signInPage) {
            this.signInPageOnBadAuth = signInPage;
            return this;
        }

        /**
         * Simulates Azure DevOps' rate limiting: a budget per user, {@code X-RateLimit-*} headers as it runs out,
         * {@code Retry-After} on delayed answers, then 429 (see {@link Throttling}). Default: no rate limiting.
         * {@link AdoEmulator#throttlingActive(boolean)} suspends it, to seed test data, say.
         *
         * @param throttling the budget and how requests over it are answered
         * @return this builder
         */
        public Builder throttling(Throttling throttling) {
            this.throttling = Objects.requireNonNull(throttling, "throttling == null");
            return this;
        }

        /**
         * Adds {@code latency} to every request (default none).
         *
         * @param latency the delay per request; not negative
         * @return this builder
         * @throws IllegalArgumentException if {@code latency} is negative
         */
        public Builder latency(Duration latency) {
            Objects.requireNonNull(latency, "latency == null");
            if (latency.isNegative()) {
                throw new IllegalArgumentException("latency must not be negative: " + latency);
            }
            this.latency = latency;
            return this;
        }

        /**
         * Sets the port (default 0: any free port).
         *
         * @param port the port, 0 to 65535
         * @return this builder
         * @throws IllegalArgumentException if {@code port} is out of range
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Sets the number of server threads (default 8).
         *
         * @param threads the number of threads; at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code threads} is below 1
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * Freezes the emulator's {@link AdoEmulator#clock() clock} at {@code start}: time then moves only when a test
         * advances it (default: the clock follows the system clock).
         *
         * @param start the instant the clock stands at when the emulator starts
         * @return this builder
         */
        public Builder clock(Instant start) {
            this.clockStart = Objects.requireNonNull(start, "start == null");
            return this;
        }

        /**
         * Serves HTTPS with {@code sslContext} (its key and certificate) on every listener instead of HTTP.
         *
         * @param sslContext the server's TLS context
         * @return this builder
         */
        public Builder https(SSLContext sslContext) {
            this.sslContext = Objects.requireNonNull(sslContext, "sslContext == null");
            this.httpsSelfSigned = false;
            return this;
        }

        /**
         * Serves HTTPS with a key pair and certificate for {@code 127.0.0.1} and {@code localhost} made at start
         * (with the JDK's {@code keytool}); clients trust it through {@link AdoEmulator#clientSslContext()} or
         * {@link AdoEmulator#certificatePem()}, and {@link AdoEmulator#clientBuilder()} sets it.
         *
         * @return this builder
         */
        public Builder httpsSelfSigned() {
            this.httpsSelfSigned = true;
            this.sslContext = null;
            return this;
        }

        /**
         * Writes links with {@code organizationUrl} (for example a proxy's {@code https://ado.example/fabrikam},
         * ending with the organisation) instead of the scheme and host each client connected to (the default); the
         * service listeners then use {@link #publicUrl(AdoClient.Service, URI)} or one derived from it.
         *
         * @param organizationUrl the organisation URL clients see
         * @return this builder
         */
        public Builder publicUrl(URI organizationUrl) {
            this.publicUrl = PublicUrls.check(organizationUrl, "publicUrl");
            return this;
        }

        /**
         * Writes the links of {@code service}'s listener (VSSPS, VSAEX or ALMSEARCH), and the {@code locationUrl}
         * of its areas, with {@code url} (ending with the organisation); needs {@link #publicUrl(URI)}. A service
         * given none has the organisation's public URL with its name before the host, as the cloud has
         * ({@code https://vssps.ado.example/fabrikam} for {@code https://ado.example/fabrikam}).
         *
         * @param service the service
         * @param url the URL clients see for that service's listener
         * @return this builder
         */
        public Builder publicUrl(AdoClient.Service service, URI url) {
            servicePublicUrls.put(Objects.requireNonNull(service, "service == null"),
                    PublicUrls.check(url, "publicUrl(" + service + ")"));
            return this;
        }

        /**
         * Validates every answer against Microsoft's OpenAPI specifications in {@code directory}
         * ({@code <area>/<name>.json}); {@link AdoEmulator#close()} then fails with the off-spec answers seen. The
         * default is the directory the {@code ado.specs} system property names, if any (the build sets it for every
         * test JVM); without either, nothing is validated.
         *
         * @param directory the directory of the specifications
         * @return this builder
         */
        public Builder specs(java.nio.file.Path directory) {
            this.specs = ado.emulator.internal.spec.SpecValidation.directory(directory);
            return this;
        }

        /** {@return a started emulator} */
        public AdoEmulator start() {
            PublicUrls.of(organization, publicUrl, servicePublicUrls);   // checked before anything is opened
            return new AdoEmulator(this);
        }
    }
}
