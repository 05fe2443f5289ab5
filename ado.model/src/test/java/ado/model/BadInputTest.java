package ado.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.ApiCall;
import ado.core.Body;
import ado.core.auth.Credentials;
import ado.core.json.JsonString;
import ado.model.core.Projects;
import ado.model.core.Teams;
import ado.model.git.Repositories;
import ado.model.wit.ClassificationNodes;
import ado.model.wit.Queries;
import ado.model.wit.TreeStructureGroup;
import ado.model.wit.Wiql;
import ado.model.wit.WorkItemFieldName;
import ado.model.wit.WorkItemPatch;
import ado.model.wit.WorkItems;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input over the public API of ado.core and the most used ado.model entry points: each row is a call with one
 * bad value (null, blank, 10,000 characters, control characters, {@code ..} plain and percent-encoded, negative
 * ids, malformed WIQL and JSON Patch paths, header and method syntax). Every row must fail with a typed error whose
 * message names the parameter, and nothing may reach the server the client points at.
 */
class BadInputTest {

    private static final String LONG = "x".repeat(10_000);
    private static final AtomicInteger HITS = new AtomicInteger();
    private static HttpServer server;
    private static AdoClient client;
    private static ApiCall org;
    private static ApiCall project;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", exchange -> {
            HITS.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        client = AdoClient.builder().organization(URI.create("http://127.0.0.1:" + server.getAddress().getPort()
                + "/org")).credentials(Credentials.anonymous()).environment(n -> null).build();
        org = client.api();
        project = org.project("p");
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    /** One call with one bad value. */
    record Row(String parameter, Class<? extends RuntimeException> type, ThrowingCallable call) {
    }

    private static final class Table {
        private final List<Arguments> rows = new ArrayList<>();

        Table iae(String description, String parameter, ThrowingCallable call) {
            return row(description, parameter, IllegalArgumentException.class, call);
        }

        Table npe(String description, String parameter, ThrowingCallable call) {
            return row(description, parameter, NullPointerException.class, call);
        }

        Table row(String description, String parameter, Class<? extends RuntimeException> type,
                  ThrowingCallable call) {
            rows.add(Arguments.of(description, new Row(parameter, type, call)));
            return this;
        }
    }

    /** The same bad values for every call that takes a name or id that becomes a path segment. */
    private static void names(Table t, String call, String parameter, java.util.function.Function<String, ?> f) {
        t.npe(call + "(null)", parameter, () -> f.apply(null));
        t.iae(call + "(blank)", parameter, () -> f.apply(" \t"));
        t.iae(call + "(10,000 characters)", parameter, () -> f.apply(LONG));
        t.iae(call + "(CR LF)", parameter, () -> f.apply("a\r\nb"));
        t.iae(call + "(NUL)", parameter, () -> f.apply("a\u0000"));
        t.iae(call + "(..)", parameter, () -> f.apply(".."));
        t.iae(call + "(.)", parameter, () -> f.apply("."));
        t.iae(call + "(%2e%2E)", parameter, () -> f.apply("%2e%2E"));
        t.iae(call + "(%252e)", parameter, () -> f.apply("%252e"));
    }

    static Stream<Arguments> rows() {
        var t = new Table();
        names(t, "ApiCall.project", "project", org::project);
        names(t, "ApiCall.team", "team", project::team);
        names(t, "ApiCall.repository", "repository", project::repository);
        names(t, "ApiCall.path", "segment", s -> project.path("a", s));
        names(t, "ApiCall.apis", "segment", s -> project.apis("git", s));
        names(t, "Projects.get", "nameOrId", s -> Projects.get(org, s));
        names(t, "Teams.get(team)", "team", s -> Teams.get(org, "p", s));
        names(t, "Teams.get(project)", "project", s -> Teams.get(org, s, "t"));
        names(t, "Repositories.get", "idOrName", s -> Repositories.get(project, s));

        t.iae("ClassificationNodes.get(Team/../../Iterations)", "path", () -> ClassificationNodes.get(project,
                TreeStructureGroup.AREAS, "Team/../../Iterations/Sprint 1", 1));
        t.iae("ClassificationNodes.delete(a/%2e%2e)", "path", () -> ClassificationNodes.delete(project,
                TreeStructureGroup.ITERATIONS, "a/%2e%2e", 5));
        t.iae("ClassificationNodes.create(parentPath ..)", "parentPath", () -> ClassificationNodes.create(project,
                TreeStructureGroup.AREAS, "..", "child", null));
        t.iae("ClassificationNodes.move(newParentPath ./x)", "newParentPath", () -> ClassificationNodes.move(project,
                TreeStructureGroup.AREAS, "./x", 3));
        t.iae("ClassificationNodes.update(path CR)", "path", () -> ClassificationNodes.update(project,
                TreeStructureGroup.AREAS, "a\rb", "n", null));
        t.iae("ClassificationNodes.get(depth -1)", "depth", () -> ClassificationNodes.get(project,
                TreeStructureGroup.AREAS, "", -1));
        t.npe("ClassificationNodes.get(path null)", "path", () -> ClassificationNodes.get(project,
                TreeStructureGroup.AREAS, null, 1));
        t.iae("ClassificationNodes.delete(reclassifyId -1)", "reclassifyId", () -> ClassificationNodes.delete(
                project, TreeStructureGroup.AREAS, "a", -1));
        t.iae("Queries.get(Shared Queries/../x)", "idOrPath", () -> Queries.get(project, "Shared Queries/../x"));
        t.iae("Queries.get(blank)", "idOrPath", () -> Queries.get(project, " "));

        t.iae("WorkItems.get(-1)", "id", () -> WorkItems.get(project, -1));
        t.iae("WorkItems.get(0)", "id", () -> WorkItems.get(project, 0));
        t.iae("WorkItems.delete(-5)", "id", () -> WorkItems.delete(project, -5));
        t.iae("WorkItems.update(empty patch)", "patch", () -> WorkItems.update(project, 1, List.of()));
        t.npe("WorkItems.update(null patch)", "patch", () -> WorkItems.update(project, 1, null));
        t.iae("WorkItems.create(blank type)", "type", () -> WorkItems.create(project, " ", patch()));
        t.npe("WorkItems.create(null type)", "type", () -> WorkItems.create(project, null, patch()));
        t.iae("Wiql.query(blank)", "wiql", () -> Wiql.query(project, " "));
        t.npe("Wiql.query(null)", "wiql", () -> Wiql.query(project, null));
        t.iae("Wiql.query(40,000 characters)", "wiql", () -> Wiql.query(project, "x".repeat(40_000)));
        t.npe("Wiql.queryById(null UUID)", "queryId", () -> Wiql.queryById(project, null));

        t.iae("JsonPatchOperation.add(no leading /)", "path", () -> JsonPatchOperation.add("fields/System.Title",
                JsonString.of("x")));
        t.iae("JsonPatchOperation.add(~2)", "path", () -> JsonPatchOperation.add("/fields/a~2b",
                JsonString.of("x")));
        t.iae("JsonPatchOperation.add(trailing ~)", "path", () -> JsonPatchOperation.add("/fields/a~",
                JsonString.of("x")));
        t.iae("JsonPatchOperation.remove(control)", "path", () -> JsonPatchOperation.remove("/fields/a\nb"));
        t.npe("JsonPatchOperation.add(null value)", "value", () -> JsonPatchOperation.add("/fields/A.B", null));
        t.iae("JsonPatchOperation.move(bad from)", "from", () -> JsonPatchOperation.move("x", "/y"));
        t.iae("WorkItemFieldName.of(Title)", "referenceName", () -> WorkItemFieldName.of("Title"));
        t.iae("WorkItemFieldName.of(../System.Title)", "referenceName", () -> WorkItemFieldName.of(
                "../System.Title"));
        t.iae("WorkItemFieldName.of(System.Title/x)", "referenceName", () -> WorkItemFieldName.of(
                "System.Title/x"));
        t.iae("WorkItemPatch.fields(bad key)", "field keys", () -> WorkItemPatch.builder().fields(
                java.util.Map.of(42, "x")));
        t.iae("WorkItemPatch.removeRelation(-1)", "index", () -> WorkItemPatch.builder().removeRelation(-1));

        t.iae("ApiRequest.header(name with space)", "header name", () -> project.get("7.1").header("X Y", "v"));
        t.iae("ApiRequest.header(value CR LF)", "X-Api-Key", () -> project.get("7.1").header("X-Api-Key",
                "v\r\nX-Injected: 1"));
        t.npe("ApiRequest.header(null value)", "X-A", () -> project.get("7.1").header("X-A", null));
        t.iae("ApiRequest.header(Authorization)", "Authorization", () -> project.get("7.1").header(
                "Authorization", "Basic x"));
        t.iae("ApiRequest.accept(LF)", "mediaType", () -> project.get("7.1").accept("text/plain\nX: y"));
        t.iae("ApiRequest.accept(no subtype)", "mediaType", () -> project.get("7.1").accept("zip"));
        t.iae("ApiCall.method(CR LF)", "method", () -> project.method("GET\r\n", "7.1"));
        t.iae("ApiCall.method(space)", "method", () -> project.method("GET /x", "7.1"));
        t.iae("ApiCall.get(apiVersion LF)", "apiVersion", () -> project.get("7.1\n"));
        t.iae("ApiCall.get(apiVersion blank)", "apiVersion", () -> project.get(" "));
        t.iae("ApiCall.query(blank name)", "name", () -> project.query(" ", "v"));
        t.iae("ApiCall.pathOf(a/../b)", "path", () -> project.pathOf("a/../b"));
        t.iae("Body.text(media type CR LF)", "mediaType", () -> Body.text("x", "text/plain\r\nX: y"));
        t.iae("AdoClient.Builder.userAgent(LF)", "userAgent", () -> AdoClient.builder().userAgent("ua\nX: y"));
        t.iae("AdoClient.Builder.organization(CR LF)", "organization", () -> AdoClient.builder()
                .organization("fab\r\nrikam"));
        t.iae("AdoClient.Builder.organization(space)", "organization", () -> AdoClient.builder()
                .organization("my org"));
        t.iae("AdoClient.Builder.organization(10,000 characters)", "organization", () -> AdoClient.builder()
                .organization(LONG));
        t.iae("AdoClient.Builder.organization(http, not loopback)", "organization", () -> AdoClient.builder()
                .organization("http://ado.example/tfs"));
        t.npe("AdoClient.Builder.organization(null)", "organization", () -> AdoClient.builder()
                .organization((String) null));
        t.iae("AdoClient.host(ftp)", "url", () -> client.host(URI.create("ftp://h/x")));
        t.iae("AdoClient.host(http, not loopback)", "url", () -> client.host(URI.create("http://h/x")));
        return t.rows.stream();
    }

    private static List<JsonPatchOperation> patch() {
        return WorkItemPatch.builder().set(WorkItemFieldName.TITLE, "t").build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void badInput_typedErrorNamingTheParameter_nothingSent(String description, Row row) {
        int before = HITS.get();

        assertThatThrownBy(row.call()).isInstanceOf(row.type()).hasMessageContaining(row.parameter());
        assertThat(HITS.get()).as("requests sent").isEqualTo(before);
    }

    @Test
    void goodInput_reachesTheServer_soTheCounterCounts() {
        int before = HITS.get();

        project.path("ok").get("7.1").send();

        assertThat(HITS.get()).isEqualTo(before + 1);
    }
}
