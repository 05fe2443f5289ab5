package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.wiql.TestWorkItems;
import ado.emulator.junit.AdoEmulatorExtension;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WiqlRoutesTest {

    static final String HIERARCHY = "System.LinkTypes.Hierarchy-Forward";
    static final String PROJECT = "/Fabrikam-Fiber-Git";
    static final String WIQL = PROJECT + "/_apis/wit/wiql";
    static final String QUERIES = PROJECT + "/_apis/wit/queries";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);

    static TestWorkItems view() {
        return new TestWorkItems()
                .add(1, "Fabrikam-Fiber-Git", Map.of("System.WorkItemType", "Epic", "System.Title", "Checkout",
                        "System.State", "Active", "System.CreatedDate", "2026-11-27T09:00:00Z",
                        "System.AssignedTo", TestWorkItems.identity("x", "Ada Lovelace", "ada@fabrikam.example")))
                .add(2, "Fabrikam-Fiber-Git", Map.of("System.WorkItemType", "Feature", "System.Title", "Pay by card",
                        "System.State", "New", "System.CreatedDate", "2026-11-20T09:00:00Z"))
                .add(3, "Contoso-Web", Map.of("System.WorkItemType", "Bug", "System.Title", "Broken link",
                        "System.State", "Active", "System.CreatedDate", "2026-11-01T09:00:00Z"))
                .link(1, 2, HIERARCHY).link(2, 1, "System.LinkTypes.Hierarchy-Reverse");
    }

    @RegisterExtension
    static final AdoEmulatorExtension EMULATOR = new AdoEmulatorExtension(() -> AdoEmulator.builder()
            .workItemView(view()).wiqlClock(CLOCK));

    private static Raw raw;

    @BeforeAll
    static void start(AdoEmulator emulator) {
        raw = new Raw(emulator);
    }

    private static HttpResponse<String> wiql(String path, String query) {
        return raw.post(path, JsonObject.builder().put("query", query).build().toJson());
    }

    private static List<Integer> ids(JsonObject result) {
        return ((JsonArray) result.get("workItems")).values().stream()
                .map(v -> Integer.valueOf(((JsonObject) v).get("id").toJson())).toList();
    }

    // ---- WIQL ----

    @Test
    void wiql_projectScope_returnsFlatResultInAdosShape(AdoEmulator emulator) {
        JsonObject r = Raw.json(wiql(WIQL, "SELECT [System.Id], [System.Title] FROM WorkItems "
                + "WHERE [System.TeamProject] = @project ORDER BY [System.Id] DESC"), 200);

        assertThat(r.string("queryType")).contains("flat");
        assertThat(r.string("queryResultType")).contains("workItem");
        assertThat(r.string("asOf")).contains("2026-11-27T12:00:00Z");
        assertThat(ids(r)).containsExactly(2, 1);
        JsonObject first = (JsonObject) ((JsonArray) r.get("workItems")).get(0);
        assertThat(first.string("url")).contains(emulator.url() + "/_apis/wit/workItems/2");
        JsonObject title = (JsonObject) ((JsonArray) r.get("columns")).get(1);
        assertThat(title.members()).containsEntry("referenceName", ado.core.json.JsonString.of("System.Title"))
                .containsEntry("name", ado.core.json.JsonString.of("Title"));
        assertThat(title.string("url")).contains(emulator.url() + "/_apis/wit/fields/System.Title");
        JsonObject sort = (JsonObject) ((JsonArray) r.get("sortColumns")).get(0);
        assertThat(sort.get("descending").toJson()).isEqualTo("true");
    }

    @Test
    void wiql_teamScope_runsTheQuery() {
        JsonObject r = Raw.json(wiql(PROJECT + "/Quality%20assurance/_apis/wit/wiql",
                "SELECT [System.Id] FROM WorkItems WHERE [System.CreatedDate] = @Today"), 200);

        assertThat(ids(r)).containsExactly(1);
    }

    @Test
    void wiql_unknownTeam_is404() {
        HttpResponse<String> r = wiql(PROJECT + "/Nobody/_apis/wit/wiql", "SELECT [System.Id] FROM WorkItems");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("VS800034");
    }

    @Test
    void wiql_organisationScope_queriesAllProjects() {
        assertThat(ids(Raw.json(wiql("/_apis/wit/wiql", "SELECT [System.Id] FROM WorkItems WHERE [State] = "
                + "'Active'"), 200))).containsExactly(1, 3);
    }

    @Test
    void wiql_meMacro_matchesTheAuthenticatedUser() {
        assertThat(ids(Raw.json(wiql(WIQL, "SELECT [System.Id] FROM WorkItems WHERE [Assigned To] = @Me"), 200)))
                .containsExactly(1);
    }

    @Test
    void wiql_top_limitsTheResult() {
        assertThat(ids(Raw.json(wiql(WIQL + "?$top=1", "SELECT [System.Id] FROM WorkItems ORDER BY [System.Id]"),
                200))).containsExactly(1);
    }

    @Test
    void wiql_linkQuery_returnsRelationsWithBareRoots() {
        JsonObject r = Raw.json(wiql(WIQL, "SELECT [System.Id] FROM WorkItemLinks WHERE "
                + "[Source].[System.WorkItemType] = 'Epic' AND [System.Links.LinkType] = '" + HIERARCHY + "' "
                + "MODE (MustContain)"), 200);

        assertThat(r.string("queryType")).contains("oneHop");
        assertThat(r.string("queryResultType")).contains("workItemLink");
        assertThat(r.has("workItems")).isFalse();
        List<JsonValue> rels = ((JsonArray) r.get("workItemRelations")).values();
        assertThat(rels).hasSize(2);
        assertThat(((JsonObject) rels.get(0)).members()).containsOnlyKeys("target");
        JsonObject hop = (JsonObject) rels.get(1);
        assertThat(hop.string("rel")).contains(HIERARCHY);
        assertThat(((JsonObject) hop.get("source")).get("id").toJson()).isEqualTo("1");
        assertThat(((JsonObject) hop.get("target")).get("id").toJson()).isEqualTo("2");
    }

    @Test
    void wiql_syntaxError_is400WithAdosMessage() {
        HttpResponse<String> r = wiql(WIQL, "SELECT [System.Id] FROM WorkItems WHERE [State] = = 'x'");

        assertThat(r.statusCode()).isEqualTo(400);
        JsonObject body = (JsonObject) JsonValue.parse(r.body());
        assertThat(body.string("message")).hasValueSatisfying(m -> assertThat(m)
                .startsWith("TF51006: The query statement is not valid").contains("«=»"));
        assertThat(body.string("typeKey")).contains("ValidationException");
    }

    @Test
    void wiql_projectMacroAtOrganisationScope_is400() {
        HttpResponse<String> r = wiql("/_apis/wit/wiql", "SELECT [System.Id] FROM WorkItems WHERE "
                + "[System.TeamProject] = @Project");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("TF51006");
    }

    @Test
    void wiql_topNotANumber_is400() {
        assertThat(wiql(WIQL + "?$top=many", "SELECT [System.Id] FROM WorkItems").statusCode()).isEqualTo(400);
    }

    @Test
    void wiql_bodyNotJson_is400() {
        assertThat(raw.post(WIQL, "query=SELECT").statusCode()).isEqualTo(400);
    }

    @Test
    void wiql_missingQuery_is400() {
        assertThat(raw.post(WIQL, "{}").statusCode()).isEqualTo(400);
    }

    @Test
    void wiql_unknownProject_is404() {
        assertThat(wiql("/Nope/_apis/wit/wiql", "SELECT [System.Id] FROM WorkItems").statusCode()).isEqualTo(404);
    }

    // ---- saved queries ----

    private static JsonObject create(String parent, String body) {
        return Raw.json(raw.post(QUERIES + "/" + parent, body), 200);
    }

    private static String query(String name, String wiql) {
        return JsonObject.builder().put("name", name).put("wiql", wiql).build().toJson();
    }

    @Test
    void queries_list_returnsBothRootFolders() {
        JsonObject r = raw.json(QUERIES, 200);

        assertThat(Raw.value(r).values()).extracting(v -> ((JsonObject) v).string("name").orElseThrow())
                .containsExactly("My Queries", "Shared Queries");
        JsonObject shared = (JsonObject) Raw.value(r).get(1);
        assertThat(shared.get("isFolder").toJson()).isEqualTo("true");
        assertThat(shared.get("isPublic").toJson()).isEqualTo("true");
        assertThat(shared.string("path")).contains("Shared Queries");
    }

    @Test
    void queries_createFolderAndQuery_areFoundByPathAndIdAndRun() {
        create("Shared%20Queries", "{\"name\":\"Lifecycle\",\"isFolder\":true}");
        JsonObject q = create("Shared%20Queries/Lifecycle", query("Active", "SELECT [System.Id] FROM WorkItems "
                + "WHERE [State] = 'Active' AND [System.TeamProject] = @Project"));
        String id = q.string("id").orElseThrow();

        assertThat(q.string("path")).contains("Shared Queries/Lifecycle/Active");
        assertThat(q.string("queryType")).contains("flat");
        JsonObject byPath = raw.json(QUERIES + "/Shared%20Queries/lifecycle/ACTIVE?$expand=wiql", 200);
        assertThat(byPath.string("id")).contains(id);
        assertThat(byPath.string("wiql")).hasValueSatisfying(w -> assertThat(w).contains("[State] = 'Active'"));
        JsonObject folder = raw.json(QUERIES + "/Shared%20Queries/Lifecycle?$depth=1", 200);
        assertThat(folder.get("hasChildren").toJson()).isEqualTo("true");
        assertThat(((JsonArray) folder.get("children")).size()).isEqualTo(1);
        assertThat(ids(raw.json(PROJECT + "/_apis/wit/wiql/" + id, 200))).containsExactly(1);
    }

    @Test
    void queries_depth_expandsChildrenOfTheRoots() {
        create("My%20Queries", query("Mine", "SELECT [System.Id] FROM WorkItems"));

        JsonObject r = raw.json(QUERIES + "?$depth=1&$expand=all", 200);

        JsonObject mine = (JsonObject) Raw.value(r).get(0);
        JsonObject child = (JsonObject) ((JsonArray) mine.get("children")).values().stream()
                .filter(c -> ((JsonObject) c).string("name").orElse("").equals("Mine")).findFirst().orElseThrow();
        assertThat(child.get("isPublic").toJson()).isEqualTo("false");
        assertThat(child.has("wiql")).isTrue();
        assertThat(child.has("columns")).isTrue();
    }

    @Test
    void queries_rename_changesNameAndPath() {
        String id = create("Shared%20Queries", query("Old name", "SELECT [System.Id] FROM WorkItems"))
                .string("id").orElseThrow();

        JsonObject r = Raw.json(raw.send("PATCH", QUERIES + "/" + id, "{\"name\":\"New name\"}"), 200);

        assertThat(r.string("path")).contains("Shared Queries/New name");
        assertThat(raw.get(QUERIES + "/Shared%20Queries/Old%20name").statusCode()).isEqualTo(404);
    }

    @Test
    void queries_updateWiql_changesWhatRuns() {
        String id = create("Shared%20Queries", query("Changing", "SELECT [System.Id] FROM WorkItems WHERE "
                + "[System.Id] = 1")).string("id").orElseThrow();

        Raw.json(raw.send("PATCH", QUERIES + "/" + id, query("Changing", "SELECT [System.Id] FROM WorkItems "
                + "WHERE [System.Id] = 2")), 200);

        assertThat(ids(raw.json(PROJECT + "/_apis/wit/wiql/" + id, 200))).containsExactly(2);
    }

    @Test
    void queries_move_putsTheQueryInTheNewFolder() {
        create("Shared%20Queries", "{\"name\":\"Target folder\",\"isFolder\":true}");
        String id = create("My%20Queries", query("Moving", "SELECT [System.Id] FROM WorkItems"))
                .string("id").orElseThrow();

        JsonObject r = create("Shared%20Queries/Target%20folder", "{\"id\":\"" + id + "\"}");

        assertThat(r.string("path")).contains("Shared Queries/Target folder/Moving");
        assertThat(r.get("isPublic").toJson()).isEqualTo("true");
    }

    @Test
    void queries_moveFolderIntoItself_is400() {
        String id = create("Shared%20Queries", "{\"name\":\"Loop\",\"isFolder\":true}").string("id").orElseThrow();

        assertThat(raw.post(QUERIES + "/Shared%20Queries/Loop", "{\"id\":\"" + id + "\"}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void queries_delete_removesFolderAndChildren() {
        create("Shared%20Queries", "{\"name\":\"Doomed\",\"isFolder\":true}");
        String child = create("Shared%20Queries/Doomed", query("Inside", "SELECT [System.Id] FROM WorkItems"))
                .string("id").orElseThrow();

        assertThat(raw.send("DELETE", QUERIES + "/Shared%20Queries/Doomed", null).statusCode()).isEqualTo(204);

        HttpResponse<String> gone = raw.get(QUERIES + "/" + child);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).contains("TF401243: The query " + child + " does not exist");
    }

    @Test
    void queries_deleteRootFolder_is400() {
        assertThat(raw.send("DELETE", QUERIES + "/My%20Queries", null).statusCode()).isEqualTo(400);
    }

    @Test
    void queries_duplicateName_is409() {
        create("Shared%20Queries", query("Twice", "SELECT [System.Id] FROM WorkItems"));

        assertThat(raw.post(QUERIES + "/Shared%20Queries", query("TWICE", "SELECT [System.Id] FROM WorkItems"))
                .statusCode()).isEqualTo(409);
    }

    @Test
    void queries_createUnderAQuery_is400() {
        create("Shared%20Queries", query("Leaf", "SELECT [System.Id] FROM WorkItems"));

        assertThat(raw.post(QUERIES + "/Shared%20Queries/Leaf", query("Child", "SELECT [System.Id] FROM WorkItems"))
                .statusCode()).isEqualTo(400);
    }

    @Test
    void queries_invalidWiql_is400AndNothingIsSaved() {
        HttpResponse<String> r = raw.post(QUERIES + "/Shared%20Queries", query("Broken", "SELECT FROM"));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("TF51006");
        assertThat(raw.get(QUERIES + "/Shared%20Queries/Broken").statusCode()).isEqualTo(404);
    }

    @Test
    void queries_nameWithSlash_is400() {
        assertThat(raw.post(QUERIES + "/Shared%20Queries", query("a/b", "SELECT [System.Id] FROM WorkItems"))
                .statusCode()).isEqualTo(400);
    }

    @Test
    void queries_depthAboveTwo_is400() {
        assertThat(raw.get(QUERIES + "?$depth=3").statusCode()).isEqualTo(400);
    }

    @Test
    void queries_unknownExpand_is400() {
        assertThat(raw.get(QUERIES + "?$expand=everything").statusCode()).isEqualTo(400);
    }

    @Test
    void wiqlById_folder_is400() {
        String id = Raw.at(raw.json(QUERIES, 200), 1, "id");

        assertThat(raw.get(PROJECT + "/_apis/wit/wiql/" + id).statusCode()).isEqualTo(400);
    }

    @Test
    void wiqlById_unknownId_is404() {
        assertThat(raw.get(PROJECT + "/_apis/wit/wiql/00000000-0000-0000-0000-000000000001").statusCode())
                .isEqualTo(404);
    }
}
