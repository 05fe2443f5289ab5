package ado.core.auth;

import ado.core.internal.auth.AzureCliFlow;
import ado.core.internal.auth.ClientCredentialFlow;
import ado.core.internal.auth.CredentialChecks;
import ado.core.internal.auth.ClientCredentialFlow.Grant;
import ado.core.internal.auth.FederatedAssertions;
import ado.core.internal.auth.ManagedIdentityFlow;
import ado.core.internal.auth.ProcessRunner;
import ado.core.internal.auth.TokenContext;
import ado.core.internal.auth.TokenHttp;
import ado.core.internal.http.UrlRules;
import ado.core.spi.AccessTokenProvider;
import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Built-in ways to get Microsoft Entra tokens for Azure DevOps, with no dependency beyond {@code java.net.http}.
 * Each method returns an {@link AccessTokenProvider} for the Azure DevOps resource {@value #AZURE_DEVOPS_RESOURCE};
 * wrap it in {@link Credentials#tokenProvider} to cache the token and refresh it before it expires.
 *
 * <pre>{@code
 * AccessTokenProvider entra = EntraTokens.defaults().defaultChain();
 * AdoClient client = AdoClient.builder().organization("fabrikam")
 *         .credentials(Credentials.tokenProvider(entra)).build();
 * }</pre>
 *
 * <p>Flows that read environment variables read them on every fetch, so a provider can be created anywhere; a
 * flow that is not set up fails on its first fetch with an {@link ado.core.error.AdoConfigurationException} naming
 * the flow and the missing variable. Token requests go through their own small HTTP clients and never carry Azure
 * DevOps credentials; no secret appears in any message, log or {@code toString()}. Thread-safe.
 */
public final class EntraTokens {

    /** The application ID of Azure DevOps in Entra, the {@code resource} of managed identity and the CLI. */
    public static final String AZURE_DEVOPS_RESOURCE = "499b84ac-1321-427f-aa17-267ca6975798";

    /** The scope requested from v2 token endpoints. */
    public static final String AZURE_DEVOPS_SCOPE = AZURE_DEVOPS_RESOURCE + "/.default";

    /** The public-cloud authority host. */
    public static final URI PUBLIC_CLOUD = URI.create("https://login.microsoftonline.com/");

    private static final URI IMDS = URI.create("http://169.254.169.254");
    private static final Duration IMDS_CONNECT = Duration.ofSeconds(2);

    private final TokenContext context;

    private EntraTokens(TokenContext context) {
        this.context = context;
    }

    /** {@return flows with default settings: {@link System#getenv}, the authority from the environment, 30 s} */
    public static EntraTokens defaults() {
        return builder().build();
    }

    /** {@return a builder for flows with other settings (sovereign clouds, proxies, timeouts, tests)} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return a service principal with a client secret (client-credentials grant against the authority's v2 token
     * endpoint)}
     *
     * @param tenantId the directory (tenant) ID
     * @param clientId the application (client) ID
     * @param clientSecret the client secret
     * @throws IllegalArgumentException    if an ID is blank
     * @throws ado.core.error.AdoAuthenticationException if {@code clientSecret} is blank or contains a control
     *                                    character (the message never contains it)
     */
    public AccessTokenProvider clientSecret(String tenantId, String clientId, String clientSecret) {
        Grant grant = Grant.secret(nonBlank(tenantId, "tenantId"), nonBlank(clientId, "clientId"),
                CredentialChecks.secret(clientSecret, "clientSecret"));
        return new ClientCredentialFlow("client-secret", context, () -> grant);
    }

    /**
     * {@return a service principal with a client secret from {@code AZURE_TENANT_ID}, {@code AZURE_CLIENT_ID} and
     * {@code AZURE_CLIENT_SECRET}, the Azure SDK convention}
     */
    public AccessTokenProvider clientSecret() {
        String flow = "client-secret";
        return new ClientCredentialFlow(flow, context, () -> {
            Map<String, String> v = context.required(flow, "AZURE_TENANT_ID", "AZURE_CLIENT_ID",
                    "AZURE_CLIENT_SECRET");
            return Grant.secret(v.get("AZURE_TENANT_ID"), v.get("AZURE_CLIENT_ID"), v.get("AZURE_CLIENT_SECRET"));
        });
    }

    /**
     * {@return workload identity federation as set up by the Azure Workload Identity webhook (AKS and similar):
     * {@code AZURE_TENANT_ID}, {@code AZURE_CLIENT_ID} and {@code AZURE_FEDERATED_TOKEN_FILE}; the file is read
     * again on every fetch because it is rotated}
     */
    public AccessTokenProvider workloadIdentity() {
        String flow = "workload-identity";
        return new ClientCredentialFlow(flow, context, () -> {
            Map<String, String> v = context.required(flow, "AZURE_TENANT_ID", "AZURE_CLIENT_ID",
                    "AZURE_FEDERATED_TOKEN_FILE");
            return Grant.assertion(v.get("AZURE_TENANT_ID"), v.get("AZURE_CLIENT_ID"),
                    FederatedAssertions.fromFile(flow, Path.of(v.get("AZURE_FEDERATED_TOKEN_FILE")), context));
        });
    }

    /**
     * {@return workload identity federation with a token file given here; the file is read again on every fetch}
     *
     * @param tenantId the directory (tenant) ID
     * @param clientId the application (client) ID
     * @param tokenFile the file holding the federated token (a JWT)
     * @throws IllegalArgumentException if an ID is blank
     */
    public AccessTokenProvider workloadIdentity(String tenantId, String clientId, Path tokenFile) {
        String flow = "workload-identity";
        String tenant = nonBlank(tenantId, "tenantId");
        String client = nonBlank(clientId, "clientId");
        Objects.requireNonNull(tokenFile, "tokenFile == null");
        return new ClientCredentialFlow(flow, context,
                () -> Grant.assertion(tenant, client, FederatedAssertions.fromFile(flow, tokenFile, context)));
    }

    /**
     * {@return the system-assigned managed identity: the App Service / Functions endpoint when
     * {@code IDENTITY_ENDPOINT} and {@code IDENTITY_HEADER} are set, else IMDS (VMs, scale sets)}
     */
    public AccessTokenProvider managedIdentity() {
        return new ManagedIdentityFlow(context, null);
    }

    /**
     * {@return the user-assigned managed identity with this client ID, on the same endpoints as
     * {@link #managedIdentity()}}
     *
     * @param clientId the client ID of the user-assigned identity
     * @throws IllegalArgumentException if {@code clientId} is blank
     */
    public AccessTokenProvider managedIdentity(String clientId) {
        return new ManagedIdentityFlow(context, nonBlank(clientId, "clientId"));
    }

    /** {@return the account signed in to the Azure CLI ({@code az account get-access-token}), default tenant} */
    public AccessTokenProvider azureCli() {
        return new AzureCliFlow(context, null);
    }

    /**
     * {@return the account signed in to the Azure CLI, for {@code tenantId}}
     *
     * @param tenantId the directory (tenant) ID to get the token in
     * @throws IllegalArgumentException if {@code tenantId} is blank
     */
    public AccessTokenProvider azureCli(String tenantId) {
        return new AzureCliFlow(context, nonBlank(tenantId, "tenantId"));
    }

    /**
     * {@return an Azure Pipelines service connection that uses workload identity federation, with the tenant and
     * client IDs from {@code AZURE_TENANT_ID} and {@code AZURE_CLIENT_ID}}; see
     * {@link #azurePipelines(String, String, String)}
     *
     * @param serviceConnectionId the service connection's ID (a GUID), as in the pipeline's service connections
     * @throws IllegalArgumentException if {@code serviceConnectionId} is blank
     */
    public AccessTokenProvider azurePipelines(String serviceConnectionId) {
        String flow = "azure-pipelines";
        String connection = nonBlank(serviceConnectionId, "serviceConnectionId");
        return new ClientCredentialFlow(flow, context, () -> {
            Map<String, String> v = context.required(flow, "AZURE_TENANT_ID", "AZURE_CLIENT_ID");
            return Grant.assertion(v.get("AZURE_TENANT_ID"), v.get("AZURE_CLIENT_ID"),
                    FederatedAssertions.fromPipeline(flow, context, connection));
        });
    }

    /**
     * {@return an Azure Pipelines service connection that uses workload identity federation}: every fetch asks
     * the job's OIDC endpoint ({@code SYSTEM_OIDCREQUESTURI}, authorised with {@code SYSTEM_ACCESSTOKEN}, which
     * the pipeline must map into the environment) for a token of the service connection, then exchanges it at
     * Entra. For the job's own identity, {@code SYSTEM_ACCESSTOKEN} alone is enough: {@code AdoClient} uses it
     * when no credentials are set.
     *
     * @param tenantId the directory (tenant) ID
     * @param clientId the application (client) ID of the service connection's identity
     * @param serviceConnectionId the service connection's ID (a GUID)
     * @throws IllegalArgumentException if an argument is blank
     */
    public AccessTokenProvider azurePipelines(String tenantId, String clientId, String serviceConnectionId) {
        String flow = "azure-pipelines";
        String tenant = nonBlank(tenantId, "tenantId");
        String client = nonBlank(clientId, "clientId");
        String connection = nonBlank(serviceConnectionId, "serviceConnectionId");
        return new ClientCredentialFlow(flow, context, () -> Grant.assertion(tenant, client,
                FederatedAssertions.fromPipeline(flow, context, connection)));
    }

    /**
     * {@return the default chain, tried in this order until one flow gives a token: {@link #clientSecret()}
     * (environment), {@link #workloadIdentity()}, {@link #managedIdentity()}, {@link #azureCli()}}; see
     * {@link ChainedTokenProvider} for how it chooses and reports
     */
    public ChainedTokenProvider defaultChain() {
        return ChainedTokenProvider.of("default", List.of(clientSecret(), workloadIdentity(), managedIdentity(),
                azureCli()));
    }

    private static String nonBlank(String value, String field) {
        Objects.requireNonNull(value, field + " == null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value.strip();
    }

    /**
     * Runs a command such as {@code az}; replaceable so tests need no real Azure CLI. Called on the thread that
     * fetches a token, possibly from several threads at once: implementations must be thread-safe.
     */
    @FunctionalInterface
    public interface CommandRunner {

        /**
         * {@return how {@code command} ended}
         *
         * @param command the program and its arguments
         * @param timeout how long it may run
         * @throws IOException          if it cannot be started (for example, not installed)
         * @throws InterruptedException if the waiting thread is interrupted
         * @throws TimeoutException     if it did not finish within {@code timeout} (it is then killed)
         */
        CommandResult run(List<String> command, Duration timeout)
                throws IOException, InterruptedException, TimeoutException;
    }

    /**
     * How a command ended. Immutable. {@link #toString()} shows neither output, since the output may hold a token.
     *
     * @param exitCode the exit code
     * @param stdout   the standard output
     * @param stderr   the standard error
     */
    public record CommandResult(int exitCode, String stdout, String stderr) {

        /**
         * Checks that both outputs are present (possibly empty).
         *
         * @param exitCode the exit code
         * @param stdout the standard output, possibly empty
         * @param stderr the standard error, possibly empty
         */
        public CommandResult {
            Objects.requireNonNull(stdout, "stdout == null");
            Objects.requireNonNull(stderr, "stderr == null");
        }

        /** {@return the exit code and output sizes} */
        @Override
        public String toString() {
            return "CommandResult[exitCode=" + exitCode + ", stdout=" + stdout.length() + " chars, stderr="
                    + stderr.length() + " chars]";
        }
    }

    /**
     * Builds {@link EntraTokens}. Defaults: environment {@link System#getenv}, authority host from
     * {@code AZURE_AUTHORITY_HOST} else {@link #PUBLIC_CLOUD}, IMDS at {@code http://169.254.169.254}, connect
     * timeout 10 s (2 s at most for managed identity), request timeout 30 s, {@code az} timeout 30 s, UTC clock.
     * Not thread-safe: confine a builder to one thread.
     */
    public static final class Builder {

        private Function<String, String> environment = System::getenv;
        private URI authorityHost;
        private URI imdsEndpoint = IMDS;
        private HttpClient httpClient;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private Duration cliTimeout = Duration.ofSeconds(30);
        private Clock clock = Clock.systemUTC();
        private CommandRunner commandRunner = new ProcessRunner();

        private Builder() {
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
         * Sets the Entra authority host, such as {@code https://login.microsoftonline.us} (US Government) or
         * {@code https://login.chinacloudapi.cn} (China); default {@code AZURE_AUTHORITY_HOST}, else the public
         * cloud.
         *
         * @param authorityHost the authority host
         * @return this builder
         * @throws IllegalArgumentException if it is not https (http only for loopback hosts)
         */
        public Builder authorityHost(URI authorityHost) {
            this.authorityHost = authority(Objects.requireNonNull(authorityHost, "authorityHost == null"));
            return this;
        }

        /**
         * Sets the IMDS base URL; default {@code http://169.254.169.254} (change it only for tests).
         *
         * @param imdsEndpoint the IMDS base URL, absolute
         * @return this builder
         * @throws IllegalArgumentException if {@code imdsEndpoint} is not an absolute URL with a host
         */
        public Builder imdsEndpoint(URI imdsEndpoint) {
            Objects.requireNonNull(imdsEndpoint, "imdsEndpoint == null");
            if (!imdsEndpoint.isAbsolute() || imdsEndpoint.getHost() == null) {
                throw new IllegalArgumentException("imdsEndpoint must be an absolute URL: " + imdsEndpoint);
            }
            this.imdsEndpoint = imdsEndpoint;
            return this;
        }

        /**
         * Uses {@code client} for Entra and Azure Pipelines (for example with a corporate proxy or TLS setup);
         * managed identity always uses its own client without proxy. Excludes {@link #connectTimeout}.
         *
         * @param client the JDK client for token requests
         * @return this builder
         */
        public Builder httpClient(HttpClient client) {
            this.httpClient = Objects.requireNonNull(client, "httpClient == null");
            return this;
        }

        /**
         * Sets how long connecting may take; default 10 s (managed identity: at most 2 s).
         *
         * @param timeout the connect timeout; positive
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * Sets how long a token request may take until the response headers arrive; default 30 s.
         *
         * @param timeout the request timeout; positive
         * @return this builder
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive(timeout, "requestTimeout");
            return this;
        }

        /**
         * Sets how long {@code az} may run before it is killed; default 30 s.
         *
         * @param timeout the {@code az} timeout; positive
         * @return this builder
         */
        public Builder cliTimeout(Duration timeout) {
            this.cliTimeout = positive(timeout, "cliTimeout");
            return this;
        }

        /**
         * Sets the clock that turns {@code expires_in} into an instant; default UTC system clock.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /**
         * Sets how {@code az} is run; default {@link ProcessBuilder}.
         *
         * @param runner runs {@code az}
         * @return this builder
         */
        public Builder commandRunner(CommandRunner runner) {
            this.commandRunner = Objects.requireNonNull(runner, "commandRunner == null");
            return this;
        }

        /**
         * {@return the flows}
         *
         * @throws IllegalArgumentException if {@code AZURE_AUTHORITY_HOST} is set to a URL that is not https
         */
        public EntraTokens build() {
            URI authority = authorityHost;
            if (authority == null) {
                String fromEnv = environment.apply("AZURE_AUTHORITY_HOST");
                authority = fromEnv == null || fromEnv.isBlank() ? PUBLIC_CLOUD
                        : authority(URI.create(fromEnv.strip()));
            }
            HttpClient client = httpClient != null ? httpClient : HttpClient.newBuilder()
                    .connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                    .proxy(ProxySelector.getDefault() == null ? HttpClient.Builder.NO_PROXY
                            : ProxySelector.getDefault())
                    .build();
            HttpClient direct = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(connectTimeout.compareTo(IMDS_CONNECT) < 0 ? connectTimeout : IMDS_CONNECT)
                    .followRedirects(HttpClient.Redirect.NEVER).proxy(HttpClient.Builder.NO_PROXY).build();
            return new EntraTokens(new TokenContext(environment, authority, imdsEndpoint,
                    new TokenHttp(client, direct, requestTimeout), clock, commandRunner, cliTimeout));
        }

        private static URI authority(URI uri) {
            UrlRules.check(uri, "authorityHost");
            String text = uri.toString();
            return text.endsWith("/") ? uri : URI.create(text + "/");
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
