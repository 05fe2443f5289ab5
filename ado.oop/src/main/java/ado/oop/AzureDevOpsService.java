package ado.oop;

import ado.core.AdoClient;
import ado.core.RetryPolicy;
import ado.core.auth.Credentials;
import ado.core.json.JsonCodec;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;

/**
 * The root of the object layer: an {@link AdoClient} and the identity map that makes every resource one object
 * per service ({@code repo.project() == org.project("X")}). Thread-safe; share one per organisation.
 *
 * <pre>{@code
 * AzureDevOpsService ado = AzureDevOpsService.fromEnvironment(); // AZURE_DEVOPS_ORG, AZURE_DEVOPS_EXT_PAT, ...
 * Repository repo = ado.organization().project("Fabrikam").repository("web");  // no request yet
 * Optional<String> readme = repo.file("/README.md", "main");                  // one request
 * }</pre>
 *
 * <p>Navigation ({@code project(name)}, {@code repository(name)}, {@code branch(name)}) is free; reads load
 * lazily once and {@code refresh()} reloads. Objects nobody holds are collected: the identity map keeps them
 * weakly. Absent values are {@link java.util.Optional}; failures are {@link ado.core.error.AdoException}s.
 */
public final class AzureDevOpsService {

    private final AdoClient client;
    private final IdentityMap identities = new IdentityMap();
    private final Organization organization;

    private AzureDevOpsService(AdoClient client) {
        this.client = Objects.requireNonNull(client, "client == null");
        this.organization = new Organization(this);
    }

    /**
     * {@return a service on {@code client}}
     *
     * @param client the client whose organisation, credentials and settings the service uses
     */
    public static AzureDevOpsService of(AdoClient client) {
        return new AzureDevOpsService(client);
    }

    /**
     * {@return a service whose organisation and credentials come from the environment, as
     * {@link AdoClient.Builder#build()} reads them}
     *
     * @throws ado.core.error.AdoConfigurationException if no organisation is configured
     */
    public static AzureDevOpsService fromEnvironment() {
        return of(AdoClient.builder().build());
    }

    /** {@return a builder mirroring the client's main settings} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the client requests go through} */
    public AdoClient client() {
        return client;
    }

    /** {@return the organisation (always the same object)} */
    public Organization organization() {
        return organization;
    }

    /**
     * {@return the pull request at {@code url}, the service's one object for it (the same instance as
     * {@code repository.pullRequest(id)})}
     *
     * <p>Takes the web URL ({@code https://dev.azure.com/{org}/{project}/_git/{repo}/pullrequest/12}, also on
     * {@code https://{org}.visualstudio.com}) and the REST URL
     * ({@code .../{project}/_apis/git/repositories/{repoId}/pullRequests/12}); no request when the URL names the
     * project, or when it names the repository by id. A REST URL by id alone ({@code .../_apis/git/pullRequests/12}),
     * or a repository id without its project, is read once to find the repository and project. Encoded and unencoded
     * names (spaces, non-ASCII) are both taken.
     *
     * <pre>{@code
     * PullRequest pr = service.pullRequestByUrl("https://dev.azure.com/fabrikam/Fiber/_git/web/pullrequest/12");
     * }</pre>
     *
     * @param url the web or REST URL of the pull request
     * @throws IllegalArgumentException naming the URL and the shapes taken, if it is malformed, of another host or
     *                                  organisation than this service's, or of another shape
     * @throws NullPointerException     if {@code url} is null
     */
    public PullRequest pullRequestByUrl(String url) {
        return UrlLookup.pullRequest(organization, url);
    }

    /**
     * {@return the repository at {@code url}, the service's one object for it (the same instance as
     * {@code project.repository(nameOrId)})}
     *
     * <p>Takes the web URL ({@code https://dev.azure.com/{org}/{project}/_git/{repo}}, also with more after it, such as
     * a pull request's or a file's) and the REST URL ({@code .../{project}/_apis/git/repositories/{idOrName}}); no
     * request when the URL names the project. A REST URL with a repository id and no project is read once to find
     * the project.
     *
     * @param url the web or REST URL of the repository
     * @throws IllegalArgumentException naming the URL and the shapes taken, if it is malformed, of another host or
     *                                  organisation than this service's, or of another shape
     * @throws NullPointerException     if {@code url} is null
     */
    public Repository repositoryByUrl(String url) {
        return UrlLookup.repository(organization, url);
    }

    /**
     * {@return the work item at {@code url}, the service's one object for it (the same instance as
     * {@code project.workItem(id)})}
     *
     * <p>Takes the web URL ({@code https://dev.azure.com/{org}/{project}/_workitems/edit/5}) and the REST URL
     * ({@code .../_apis/wit/workItems/5}, with or without the project); no request when the URL names the project.
     * Without one (Azure DevOps' own REST URLs of work items have none) the work item is read once to learn its
     * project, and that read is kept as its loaded state.
     *
     * @param url the web or REST URL of the work item
     * @throws IllegalArgumentException naming the URL and the shapes taken, if it is malformed, of another host or
     *                                  organisation than this service's, or of another shape
     * @throws ado.core.error.AdoNotFoundException if the URL names no project and there is no such work item
     * @throws NullPointerException     if {@code url} is null
     */
    public WorkItem workItemByUrl(String url) {
        return UrlLookup.workItem(organization, url);
    }

    /**
     * {@return the build at {@code url}, the service's one object for it (the same instance as
     * {@code project.build(id)})}; no request
     *
     * <p>Takes the web URL ({@code https://dev.azure.com/{org}/{project}/_build/results?buildId=7}) and the REST URL
     * ({@code .../{project}/_apis/build/builds/7}).
     *
     * @param url the web or REST URL of the build
     * @throws IllegalArgumentException naming the URL and the shapes taken, if it is malformed, of another host or
     *                                  organisation than this service's, of another shape, or names no project
     * @throws NullPointerException     if {@code url} is null
     */
    public Build buildByUrl(String url) {
        return UrlLookup.build(organization, url);
    }

    /**
     * Forgets the objects this service has handed out, so that later lookups ({@code project(name)},
     * {@code repository(name)}, {@code workItem(id)}, ...) give new objects that load their details again on first
     * use. No request. Objects handed out before keep working: they keep what they loaded, reload on
     * {@code refresh()}, and may differ from the new ones ({@code ==}) afterwards. The organisation stays the same
     * object (it holds no details). Safe to call while other threads look objects up: each lookup gives the object
     * from before or after the clear, never a mix of both under one key.
     */
    public void clearCache() {
        identities.clear();
    }

    IdentityMap identities() {
        return identities;
    }

    @Override
    public String toString() {
        return "AzureDevOpsService[" + client.organization() + "]";
    }

    /**
     * Builds a service and its client; unset values come from the environment as for {@link AdoClient}. Not
     * thread-safe: use one builder on one thread.
     */
    public static final class Builder {

        private final AdoClient.Builder client = AdoClient.builder();

        private Builder() {
        }

        /**
         * Sets the organisation by name or URL (default: {@code AZURE_DEVOPS_ORG}).
         *
         * @param nameOrUrl the organisation name or URL, as
         *                  {@link ado.core.AdoClient.Builder#organization(String)} takes it
         * @return this builder
         */
        public Builder organization(String nameOrUrl) {
            client.organization(nameOrUrl);
            return this;
        }

        /**
         * Sets the organisation URL.
         *
         * @param url the organisation URL, as {@link ado.core.AdoClient.Builder#organization(URI)} takes it
         * @return this builder
         */
        public Builder organization(URI url) {
            client.organization(url);
            return this;
        }

        /**
         * Sets the credentials (default: from the environment, else anonymous).
         *
         * @param credentials the credentials
         * @return this builder
         */
        public Builder credentials(Credentials credentials) {
            client.credentials(credentials);
            return this;
        }

        /**
         * Sets the JSON codec (default: the best one found).
         *
         * @param codec the JSON codec
         * @return this builder
         */
        public Builder jsonCodec(JsonCodec codec) {
            client.jsonCodec(codec);
            return this;
        }

        /**
         * Sets the retry policy (default {@link RetryPolicy#defaults()}).
         *
         * @param policy the retry policy
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy policy) {
            client.retryPolicy(policy);
            return this;
        }

        /**
         * Sets how long one attempt may take (default 60 s).
         *
         * @param timeout how long one attempt may take
         * @return this builder
         */
        public Builder requestTimeout(Duration timeout) {
            client.requestTimeout(timeout);
            return this;
        }

        /**
         * Sets how long connecting may take (default 10 s).
         *
         * @param timeout how long connecting may take
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            client.connectTimeout(timeout);
            return this;
        }

        /**
         * Uses {@code httpClient}, which must not follow redirects (default: one built for the service).
         *
         * @param httpClient the HTTP client, not following redirects
         * @return this builder
         */
        public Builder httpClient(HttpClient httpClient) {
            client.httpClient(httpClient);
            return this;
        }

        /**
         * Sets the {@code User-Agent} (default {@code ado4j/<version> Java/<version>}).
         *
         * @param userAgent the {@code User-Agent} value
         * @return this builder
         */
        public Builder userAgent(String userAgent) {
            client.userAgent(userAgent);
            return this;
        }

        /**
         * {@return the service}
         *
         * @throws ado.core.error.AdoConfigurationException if the client cannot be built
         */
        public AzureDevOpsService build() {
            return of(client.build());
        }
    }
}
