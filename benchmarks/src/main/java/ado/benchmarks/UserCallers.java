package ado.benchmarks;

import ado.core.AdoClient;
import ado.core.ApiCall;
import ado.core.Envelope;
import ado.core.auth.Credentials;
import ado.core.json.JsonType;
import ado.model.build.Build;
import ado.model.build.BuildFilter;
import ado.model.build.Builds;
import ado.model.core.Projects;
import ado.model.core.TeamProject;
import ado.model.git.GitPullRequest;
import ado.model.git.PullRequestSearchCriteria;
import ado.model.git.PullRequests;
import ado.model.wit.WorkItem;
import ado.model.wit.WorkItemBatchRequest;
import ado.model.wit.WorkItemErrorPolicy;
import ado.model.wit.WorkItems;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLContext;

/**
 * The callers {@link UserRun} measures, each doing the four scenarios' calls into the same {@code ado.model}
 * records: the floor (one {@link HttpClient} and a plain Jackson {@link ObjectMapper}, no retries, no paging
 * machinery), in variants for the h2c and gzip questions, and ado4j through {@code ado.model} with its defaults.
 */
final class UserCallers {

    private static final String API_VERSION = "7.1";
    static final List<Integer> BATCH_IDS = IntStream.range(10_000, 10_000 + UserServer.BATCH_SIZE).boxed().toList();

    private UserCallers() {
    }

    /** One client, safe for concurrent use; each method is one measured call. */
    interface Caller {
        /** {@return the projects of one project-list GET} */
        List<TeamProject> projects();

        /** {@return the 200 work items of one batch read} */
        List<WorkItem> workItemBatch();

        /** {@return the 1,000 pull requests, 100 a page by {@code $top}/{@code $skip}} */
        List<GitPullRequest> pullRequests();

        /** {@return the 1,000 builds, page by page by continuation token} */
        List<Build> builds();
    }

    /** The callers by name, as {@code --clients} takes them. */
    static final List<String> NAMES = List.of("floor", "floor-h1", "floor-gzip", "floor-h1-gzip", "ado4j",
            "ado4j-h1", "ado4j-gzip");

    /**
     * {@return the caller {@code name} for {@code organization}}
     *
     * @param name         one of {@link #NAMES}
     * @param organization the server's organisation URL
     * @param tls          the client TLS context (trusting the server), or {@code null} for plain HTTP
     */
    static Caller create(String name, URI organization, SSLContext tls) {
        return switch (name) {
            case "floor" -> new Floor(organization, http(HttpClient.Version.HTTP_2, tls), false);
            case "floor-h1" -> new Floor(organization, http(HttpClient.Version.HTTP_1_1, tls), false);
            case "floor-gzip" -> new Floor(organization, http(HttpClient.Version.HTTP_2, tls), true);
            case "floor-h1-gzip" -> new Floor(organization, http(HttpClient.Version.HTTP_1_1, tls), true);
            case "ado4j" -> {
                var b = AdoClient.builder().organization(organization).environment(n -> null)
                        .credentials(Credentials.anonymous());
                if (tls != null) {
                    b.sslContext(tls);
                }
                yield new Ado4j(b.build());
            }
            case "ado4j-gzip" -> { // what a remote host gets by default: the slow link is served on loopback
                var b = AdoClient.builder().organization(organization).environment(n -> null)
                        .credentials(Credentials.anonymous()).gzip(true);
                if (tls != null) {
                    b.sslContext(tls);
                }
                yield new Ado4j(b.build());
            }
            case "ado4j-h1" -> new Ado4j(AdoClient.builder().organization(organization).environment(n -> null)
                    .credentials(Credentials.anonymous()).httpClient(http(HttpClient.Version.HTTP_1_1, tls)).build());
            default -> throw new IllegalArgumentException("client must be one of " + NAMES + ": " + name);
        };
    }

    private static HttpClient http(HttpClient.Version version, SSLContext tls) {
        var b = HttpClient.newBuilder().version(version).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10));
        if (tls != null) {
            b.sslContext(tls);
        }
        return b.build();
    }

    /** ado4j through {@code ado.model}: the calls a user writes. */
    static final class Ado4j implements Caller {
        private final AdoClient client;
        private final ApiCall project;
        private final ApiCall repository;
        private final WorkItemBatchRequest batch = new WorkItemBatchRequest(BATCH_IDS, null, null, null,
                WorkItemErrorPolicy.OMIT);

        Ado4j(AdoClient client) {
            this.client = client;
            project = client.api().project(UserServer.PROJECT);
            repository = project.repository(UserServer.REPOSITORY);
        }

        /** {@return the client's JSON codec class, for the report} */
        String codec() {
            return client.codec().getClass().getName();
        }

        @Override
        public List<TeamProject> projects() {
            return Projects.list(client.api()).toList();
        }

        @Override
        public List<WorkItem> workItemBatch() {
            return WorkItems.batch(project, batch);
        }

        @Override
        public List<GitPullRequest> pullRequests() {
            return PullRequests.list(repository, PullRequestSearchCriteria.ACTIVE, UserServer.PAGE_SIZE).toList();
        }

        @Override
        public List<Build> builds() {
            return Builds.list(project, BuildFilter.ALL).toList();
        }
    }

    /**
     * The floor: what a caller writes with {@code java.net.http} and Jackson and nothing else. With {@code gzip} it
     * sends {@code Accept-Encoding: gzip} and inflates a gzip answer with {@link GZIPInputStream}.
     */
    static final class Floor implements Caller {
        private final HttpClient http;
        private final boolean gzip;
        private final ObjectMapper mapper = PlainJackson.mapper();
        private final JavaType projects = type(TeamProject.class);
        private final JavaType workItems = type(WorkItem.class);
        private final JavaType pullRequests = type(GitPullRequest.class);
        private final JavaType builds = type(Build.class);
        private final String base;
        private final byte[] batchBody;

        Floor(URI organization, HttpClient http, boolean gzip) {
            this.http = http;
            this.gzip = gzip;
            base = organization.toString();
            try {
                batchBody = mapper.writeValueAsBytes(java.util.Map.of("ids", BATCH_IDS, "errorPolicy", "omit"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private JavaType type(Class<?> item) {
            return mapper.constructType(JsonType.of(Envelope.class, item).type());
        }

        private HttpResponse<byte[]> send(HttpRequest.Builder request) {
            request.header("Accept", "application/json").timeout(Duration.ofSeconds(120));
            if (gzip) {
                request.header("Accept-Encoding", "gzip");
            }
            try {
                HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + response.statusCode() + " from " + response.uri());
                }
                return response;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private <T> List<T> read(HttpResponse<byte[]> response, JavaType type) {
            try {
                Envelope<T> page;
                if (response.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip")) {
                    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))) {
                        page = mapper.readValue(in, type);
                    }
                } else {
                    page = mapper.readValue(response.body(), type);
                }
                return page.value();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private HttpResponse<byte[]> get(String uri) {
            return send(HttpRequest.newBuilder(URI.create(uri)).GET());
        }

        @Override
        public List<TeamProject> projects() {
            return read(get(base + "/_apis/projects?api-version=" + API_VERSION), projects);
        }

        @Override
        public List<WorkItem> workItemBatch() {
            return read(send(HttpRequest.newBuilder(URI.create(base + "/" + UserServer.PROJECT
                    + "/_apis/wit/workitemsbatch?api-version=" + API_VERSION))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(batchBody))), workItems);
        }

        @Override
        public List<GitPullRequest> pullRequests() {
            var all = new ArrayList<GitPullRequest>();
            for (int skip = 0; ; skip += UserServer.PAGE_SIZE) {
                List<GitPullRequest> page = read(get(base + "/" + UserServer.PROJECT + "/_apis/git/repositories/"
                        + UserServer.REPOSITORY + "/pullrequests?$top=" + UserServer.PAGE_SIZE + "&$skip=" + skip
                        + "&api-version=" + API_VERSION), pullRequests);
                all.addAll(page);
                if (page.size() < UserServer.PAGE_SIZE) {
                    return all;
                }
            }
        }

        @Override
        public List<Build> builds() {
            var all = new ArrayList<Build>();
            String token = null;
            do {
                HttpResponse<byte[]> response = get(base + "/" + UserServer.PROJECT + "/_apis/build/builds?api-version="
                        + API_VERSION + (token == null ? "" : "&continuationToken=" + token));
                all.addAll(read(response, builds));
                token = response.headers().firstValue("x-ms-continuationtoken").orElse(null);
            } while (token != null && !token.isBlank());
            return all;
        }
    }
}
