package ado.emulator;

import ado.core.AdoClient;
import ado.core.auth.Credentials;
import ado.emulator.internal.git.Pusher;
import ado.emulator.internal.git.RepoStore;
import ado.emulator.internal.http.Dispatcher;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.http.Settings;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.User;
import ado.emulator.internal.routes.CoreRoutes;
import ado.emulator.internal.routes.GitRoutes;
import ado.emulator.internal.seed.Seeder;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory Azure DevOps organisation served over HTTP on 127.0.0.1, for tests, demos and benchmarks.
 *
 * {@snippet :
 * try (AdoEmulator emulator = AdoEmulator.start()) {          // seeded sample data, random port
 *     AdoClient client = emulator.client();                     // organisation URL and PAT set
 *     emulator.faults().on("GET", "/_apis/projects").once().status(503);
 * }
 * }
 *
 * <p>URLs follow ADO: {@code {url}/_apis/...} and {@code {url}/{project}/_apis/...}. Identity, profile and other
 * hosts are served by the same server under the organisation URL (AdoClient derives them so for non-cloud hosts);
 * the profile is also served at {@code /_apis/profile/profiles/me} on the server root. Run standalone with
 * {@code java -p <module path> -m ado.emulator}, which prints the URL and PAT and serves until killed.
 */
public final class AdoEmulator implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger("ado.emulator");

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI url;
    private final String pat;
    private final Faults faults;
    private final RequestLog requests;
    private final EmulatorGit git;
    private final EmulatorPolicies policies;

    private AdoEmulator(Builder b) {
        String pat = b.pat != null ? b.pat : HexFormat.of().formatHex(new SecureRandom().generateSeed(26));
        this.pat = pat;
        this.faults = new Faults();
        this.requests = new RequestLog();
        var org = new OrgStore(b.organization, new User(UUID.nameUUIDFromBytes(("user/ada@" + b.organization)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)), "Ada Lovelace", "ada@fabrikam.example"));
        var repos = new RepoStore();
        var pusher = new Pusher(Clock.systemUTC());
        if (b.seeded) {
            Seeder.seed(org, repos, pusher);
        }
        this.git = new EmulatorGit(org, repos);
        Router orgRouter = new Router();
        Router rootRouter = new Router();
        var core = new CoreRoutes(org);
        core.register(orgRouter);
        core.registerRoot(rootRouter);
        var prs = new ado.emulator.internal.git.PullRequestStore(Clock.systemUTC());
        GitRoutes.register(orgRouter, org, repos, pusher, Clock.systemUTC(), prs);
        var policyEngine = ado.emulator.internal.routes.PolicyWikiRoutes.register(orgRouter, org, repos, prs,
                Clock.systemUTC());
        this.policies = new EmulatorPolicies(org, policyEngine.recorded());
        Set<String> bearer = new HashSet<>(b.bearerTokens);
        bearer.add(pat);
        var dispatcher = new Dispatcher(new Settings(b.organization, pat, bearer, b.signInPageOnBadAuth, b.latency),
                orgRouter, rootRouter, faults.source(), requests.recorder());
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), b.port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the emulator on port " + b.port, e);
        }
        var n = new AtomicInteger();
        executor = Executors.newFixedThreadPool(b.threads, r -> {
            Thread t = new Thread(r, "ado-emulator-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", dispatcher);
        url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + b.organization);
        dispatcher.base(url);
        server.start();
        LOG.log(System.Logger.Level.DEBUG, "emulator serving " + url);
    }

    /** {@return a builder: seeded, organisation {@code fabrikam}, a random PAT, 401 on bad credentials} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a started emulator with the default settings and seeded sample data} */
    public static AdoEmulator start() {
        return builder().start();
    }

    /** {@return the organisation URL, {@code http://127.0.0.1:{port}/{org}}} */
    public URI url() {
        return url;
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

    /** {@return a client builder with the organisation URL and PAT set} */
    public AdoClient.Builder clientBuilder() {
        return AdoClient.newBuilder().organization(url.toString()).credentials(Credentials.pat(pat));
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
        return git;
    }

    /** {@return test access to what branch policies read (build results)} */
    public EmulatorPolicies policies() {
        return policies;
    }

    /** Stops serving; idempotent. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "AdoEmulator[" + url + "]";
    }

    /** Serves a seeded emulator until killed; prints the URL and PAT. Options: {@code --port N --org NAME --pat X}. */
    public static void main(String[] args) throws InterruptedException {
        Builder b = builder();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> b.port(Integer.parseInt(args[i + 1]));
                case "--org" -> b.organization(args[i + 1]);
                case "--pat" -> b.pat(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        AdoEmulator emulator = b.start();
        System.out.println("Azure DevOps emulator");
        System.out.println("  organisation URL: " + emulator.url());
        System.out.println("  PAT:              " + emulator.pat());
        Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
        Thread.currentThread().join();
    }

    /** Options for an emulator. */
    public static final class Builder {
        private String organization = "fabrikam";
        private String pat;
        private final Set<String> bearerTokens = new HashSet<>();
        private boolean seeded = true;
        private boolean signInPageOnBadAuth;
        private Duration latency = Duration.ZERO;
        private int port;
        private int threads = 8;

        private Builder() {
        }

        /** Sets the organisation name (default {@code fabrikam}). */
        public Builder organization(String name) {
            Objects.requireNonNull(name, "organization == null");
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9-]{0,49}")) {
                throw new IllegalArgumentException("organization must be letters, digits and '-': " + name);
            }
            this.organization = name;
            return this;
        }

        /** Sets the accepted PAT (default: random). */
        public Builder pat(String pat) {
            Objects.requireNonNull(pat, "pat == null");
            if (pat.isBlank()) {
                throw new IllegalArgumentException("pat must not be blank");
            }
            this.pat = pat;
            return this;
        }

        /** Accepts {@code token} as a Bearer token too (the PAT always is). */
        public Builder bearerToken(String token) {
            Objects.requireNonNull(token, "token == null");
            bearerTokens.add(token);
            return this;
        }

        /** Chooses seeded sample data (the default) or an empty organisation. */
        public Builder seeded(boolean seeded) {
            this.seeded = seeded;
            return this;
        }

        /** Answers bad credentials with 203 and an HTML sign-in page instead of 401 with ADO's JSON error. */
        public Builder signInPageOnBadAuth(boolean signInPage) {
            this.signInPageOnBadAuth = signInPage;
            return this;
        }

        /** Adds {@code latency} to every request (default none). */
        public Builder latency(Duration latency) {
            Objects.requireNonNull(latency, "latency == null");
            if (latency.isNegative()) {
                throw new IllegalArgumentException("latency must not be negative: " + latency);
            }
            this.latency = latency;
            return this;
        }

        /** Sets the port (default 0: any free port). */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535: " + port);
            }
            this.port = port;
            return this;
        }

        /** Sets the number of server threads (default 8). */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** {@return a started emulator} */
        public AdoEmulator start() {
            return new AdoEmulator(this);
        }
    }
}
