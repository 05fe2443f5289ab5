package ado.benchmarks;

import ado.core.AdoClient;
import ado.core.Body;
import ado.core.Envelope;
import ado.core.Paging;
import ado.core.auth.Credentials;
import ado.core.json.JsonCodec;
import ado.core.json.JsonType;
import ado.model.IdentityRef;
import ado.model.TeamProjectReference;
import ado.model.git.GitPullRequest;
import ado.model.wit.WorkItem;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole client scenarios against a local ADO-shaped {@link AdoShapedServer} (same JVM, same fork), each one JMH
 * operation, for two clients doing the same requests:
 * <ul>
 *   <li><b>ado4j</b>: an {@link AdoClient} with the built-in codec ({@code ApiRequest.as}, {@code stream(Paging)});</li>
 *   <li><b>floor</b>: a hand-written {@code java.net.http.HttpClient} + Jackson {@code ObjectMapper}
 *       ({@link PlainJackson}) client reading the same records: the least a caller could write.</li>
 * </ul>
 * Scenarios: 500 sequential project-list GETs (per-call overhead); 100 POSTs of a 200-item work item batch (about
 * 1 MB each, decode-bound); 1,000 pull requests in pages of 100 by {@code $top}/{@code $skip}; 1,000 builds in pages
 * of 100 by {@code x-ms-continuationtoken}. The setup checks that both clients return equal records.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class ClientBenchmark {

    static final String PROJECT = "Fabrikam-Fiber-Git";
    static final String REPOSITORY = "3411ebc1-d5aa-464f-9615-0b527bc66719";
    static final int PROJECT_CALLS = 500;
    static final int BATCH_CALLS = 100;
    static final int BATCH_SIZE = 200;
    static final int LIST_SIZE = 1000;
    static final int PAGE_SIZE = 100;
    private static final String API_VERSION = "7.1";
    private static final JsonType<Envelope<TeamProjectReference>> PROJECTS =
            JsonType.of(Envelope.class, TeamProjectReference.class);
    private static final JsonType<Envelope<WorkItem>> WORK_ITEMS = JsonType.of(Envelope.class, WorkItem.class);
    private static final JsonType<Envelope<GitPullRequest>> PULL_REQUESTS =
            JsonType.of(Envelope.class, GitPullRequest.class);
    private static final JsonType<Envelope<Build>> BUILDS = JsonType.of(Envelope.class, Build.class);

    /** The members of a build that a caller typically reads (a small record, as a caller would write it). */
    public record Build(int id, String buildNumber, String status, String result, Instant queueTime,
                        Instant startTime, Instant finishTime, String sourceBranch, String sourceVersion,
                        IdentityRef requestedFor) {
    }

    /** The body of a work item batch request. */
    public record BatchRequest(List<Integer> ids, String errorPolicy) {
    }

    /** Which client: {@code ado4j} or {@code floor}. */
    @Param({"ado4j", "floor"})
    public String client;

    private AdoShapedServer server;
    private Scenarios scenarios;

    /** One client behind the four scenarios. */
    interface Scenarios {
        Envelope<TeamProjectReference> projects();

        Envelope<WorkItem> workItemBatch(BatchRequest request);

        List<GitPullRequest> pullRequests();

        List<Build> builds();
    }

    /** Starts the server, builds the client and checks that it returns what the other client returns. */
    @Setup(Level.Trial)
    public void setUp() {
        var data = new BenchData(42);
        JsonCodec writer = JsonCodec.builtin();
        server = AdoShapedServer.start(data.projectList(5, writer), data.workItemBatch(BATCH_SIZE, writer),
                data.pullRequestPages(LIST_SIZE, PAGE_SIZE, writer), PAGE_SIZE,
                data.buildPages(LIST_SIZE, PAGE_SIZE, writer));
        Scenarios ado4j = new Ado4j(server.organization());
        Scenarios floor = switch (client) {
            case "ado4j", "floor" -> new Floor(server.organization(), false);
            // not in @Param: the floor reading bodies as ado4j's transport does, for ClientCpuRun's diagnosis
            case "floor-stream" -> new Floor(server.organization(), true);
            default -> throw new IllegalArgumentException("client must be ado4j, floor or floor-stream: " + client);
        };
        scenarios = client.equals("ado4j") ? ado4j : floor;
        check(ado4j, floor);
    }

    static void check(Scenarios ado4j, Scenarios floor) {
        var projects = ado4j.projects();
        same("projects", projects, floor.projects(), 5);
        var request = batchRequest();
        var items = ado4j.workItemBatch(request);
        same("work items", items, floor.workItemBatch(request), BATCH_SIZE);
        var prs = ado4j.pullRequests();
        same("pull requests", prs, floor.pullRequests(), LIST_SIZE);
        var builds = ado4j.builds();
        same("builds", builds, floor.builds(), LIST_SIZE);
    }

    private static void same(String what, Object ado4j, Object floor, int count) {
        int size = ado4j instanceof Envelope<?> e ? e.value().size() : ((List<?>) ado4j).size();
        if (size != count || !ado4j.equals(floor)) {
            throw new IllegalStateException(what + ": the clients differ or the count is not " + count
                    + " (ado4j has " + size + ")");
        }
    }

    static BatchRequest batchRequest() {
        return new BatchRequest(IntStream.range(10_000, 10_000 + BATCH_SIZE).boxed().toList(), "omit");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        server.close();
    }

    /** Scenario 1: 500 sequential small GETs (the project list), per-call overhead. */
    @Benchmark
    public int projectList500() {
        int total = 0;
        for (int i = 0; i < PROJECT_CALLS; i++) {
            total += scenarios.projects().count();
        }
        return total;
    }

    /** Scenario 2: 100 work item batch reads of 200 items (about 1 MB each), decode-bound. */
    @Benchmark
    public int workItemBatch100x200() {
        var request = batchRequest();
        int total = 0;
        for (int i = 0; i < BATCH_CALLS; i++) {
            total += scenarios.workItemBatch(request).value().size();
        }
        return total;
    }

    /** Scenario 3a: 1,000 pull requests, 100 per page by {@code $top}/{@code $skip} (11 GETs, the last one empty). */
    @Benchmark
    public List<GitPullRequest> pullRequests1000() {
        return scenarios.pullRequests();
    }

    /** Scenario 3b: 1,000 builds, 100 per page by {@code x-ms-continuationtoken} (10 GETs). */
    @Benchmark
    public List<Build> builds1000() {
        return scenarios.builds();
    }

    /** ado4j with the built-in codec, anonymous, no environment. */
    static final class Ado4j implements Scenarios {
        private final AdoClient client;

        Ado4j(URI organization) {
            client = AdoClient.builder().organization(organization).environment(name -> null)
                    .credentials(Credentials.anonymous()).jsonCodec(JsonCodec.builtin()).build();
        }

        @Override
        public Envelope<TeamProjectReference> projects() {
            return client.api().apis("projects").get(API_VERSION).as(PROJECTS);
        }

        @Override
        public Envelope<WorkItem> workItemBatch(BatchRequest request) {
            return client.api().project(PROJECT).apis("wit", "workitemsbatch").post(API_VERSION)
                    .body(Body.json(request)).as(WORK_ITEMS);
        }

        @Override
        public List<GitPullRequest> pullRequests() {
            return client.api().project(PROJECT).apis("git", "repositories", REPOSITORY, "pullrequests")
                    .get(API_VERSION).stream(Paging.offset(GitPullRequest.class, PAGE_SIZE)).toList();
        }

        @Override
        public List<Build> builds() {
            return client.api().project(PROJECT).apis("build", "builds").get(API_VERSION)
                    .stream(Paging.continuationHeader(Build.class)).toList();
        }
    }

    /**
     * The floor: java.net.http.HttpClient (defaults) + a plain ObjectMapper, written directly for these calls. With
     * {@code streamed}, bodies are read as ado4j's transport reads them ({@code ofInputStream()} then
     * {@code readAllBytes()}) instead of with {@code ofByteArray()}.
     */
    static final class Floor implements Scenarios {
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        private final ObjectMapper mapper = PlainJackson.mapper();
        private final JavaType projects = mapper.constructType(PROJECTS.type());
        private final JavaType workItems = mapper.constructType(WORK_ITEMS.type());
        private final JavaType pullRequests = mapper.constructType(PULL_REQUESTS.type());
        private final JavaType builds = mapper.constructType(BUILDS.type());
        private final String base;
        private final HttpResponse.BodyHandler<byte[]> handler;

        Floor(URI organization, boolean streamed) {
            base = organization.toString();
            handler = streamed ? info -> HttpResponse.BodySubscribers.mapping(
                    HttpResponse.BodySubscribers.ofInputStream(), Floor::readAll) : HttpResponse.BodyHandlers.ofByteArray();
        }

        private static byte[] readAll(java.io.InputStream in) {
            try (in) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private HttpResponse<byte[]> send(HttpRequest.Builder request) {
            try {
                HttpResponse<byte[]> response = http.send(request.header("Accept", "application/json")
                        .timeout(Duration.ofSeconds(60)).build(), handler);
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

        private <T> T read(byte[] body, JavaType type) {
            try {
                return mapper.readValue(body, type);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private <T> T get(String uri, JavaType type) {
            return read(send(HttpRequest.newBuilder(URI.create(uri)).GET()).body(), type);
        }

        @Override
        public Envelope<TeamProjectReference> projects() {
            return get(base + "/_apis/projects?api-version=" + API_VERSION, projects);
        }

        @Override
        public Envelope<WorkItem> workItemBatch(BatchRequest request) {
            byte[] body;
            try {
                body = mapper.writeValueAsBytes(request);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return read(send(HttpRequest.newBuilder(URI.create(base + "/" + PROJECT
                    + "/_apis/wit/workitemsbatch?api-version=" + API_VERSION))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))).body(), workItems);
        }

        @Override
        public List<GitPullRequest> pullRequests() {
            var all = new ArrayList<GitPullRequest>();
            for (int skip = 0; ; skip += PAGE_SIZE) {
                Envelope<GitPullRequest> page = get(base + "/" + PROJECT + "/_apis/git/repositories/" + REPOSITORY
                        + "/pullrequests?$top=" + PAGE_SIZE + "&$skip=" + skip + "&api-version=" + API_VERSION,
                        pullRequests);
                all.addAll(page.value());
                if (page.value().size() < PAGE_SIZE) {
                    return all;
                }
            }
        }

        @Override
        public List<Build> builds() {
            var all = new ArrayList<Build>();
            String token = null;
            do {
                String uri = base + "/" + PROJECT + "/_apis/build/builds?api-version=" + API_VERSION
                        + (token == null ? "" : "&continuationToken=" + token);
                HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(uri)).GET());
                Envelope<Build> page = read(response.body(), builds);
                all.addAll(page.value());
                token = response.headers().firstValue("x-ms-continuationtoken").orElse(null);
            } while (token != null && !token.isBlank());
            return all;
        }
    }

    /**
     * Runs the check and then each scenario once per client outside JMH, printing wall time (a smoke run, not a
     * measurement): {@code java -cp benchmarks/target/benchmarks.jar ado.benchmarks.ClientBenchmark}.
     */
    public static void main(String[] args) {
        for (String side : new String[] {"ado4j", "floor"}) {
            var state = new ClientBenchmark();
            state.client = side;
            state.setUp();
            try {
                time(side + " projectList500", state::projectList500);
                time(side + " workItemBatch100x200", state::workItemBatch100x200);
                time(side + " pullRequests1000", state::pullRequests1000);
                time(side + " builds1000", state::builds1000);
            } finally {
                state.tearDown();
            }
        }
    }

    private static void time(String what, java.util.function.Supplier<?> scenario) {
        long start = System.nanoTime();
        Objects.requireNonNull(scenario.get());
        System.out.printf("%-32s %8.1f ms%n", what, (System.nanoTime() - start) / 1e6);
    }
}
