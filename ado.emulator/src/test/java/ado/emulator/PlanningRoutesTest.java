package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.json.JsonArray;
import ado.core.json.JsonNull;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The planning routes over HTTP: what the raw layer does not reach, and ADO's error bodies. */
class PlanningRoutesTest {

    private static final String NODES = "/Fabrikam-Fiber-Git/_apis/wit/classificationnodes";
    private static final String AGILE = "adcc42ab-9882-485e-a3ed-7678f01f66bc";

    private AdoEmulator emulator;
    private Raw raw;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.start();
        raw = new Raw(emulator);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private static JsonObject error(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return (JsonObject) JsonValue.parse(response.body());
    }

    @Test
    void deleteNode_withoutReclassify_vs402391Body() {
        JsonObject e = error(raw.send("DELETE", NODES + "/Areas/Web", null), 400);

        assertThat(e.string("message").orElseThrow()).contains(
                "VS402391: Reclassification Id must be given during classification node deletion");
        assertThat(raw.get(NODES + "/Areas/Web").statusCode()).isEqualTo(200);
    }

    @Test
    void nodes_byIdsWithOmit_nullForUnknown() {
        int web = Integer.parseInt(raw.json(NODES + "/Areas/Web", 200).get("id").toJson());

        JsonArray value = Raw.value(raw.json(NODES + "?ids=" + web + ",99999&errorPolicy=omit", 200));

        assertThat(((JsonObject) value.get(0)).string("name")).contains("Web");
        assertThat(value.get(1)).isEqualTo(JsonNull.INSTANCE);
    }

    @Test
    void nodes_byIdsWithoutOmit_notFound() {
        assertThat(raw.get(NODES + "?ids=99999").statusCode()).isEqualTo(404);
    }

    @Test
    void node_unknownStructureGroup_badRequest() {
        assertThat(error(raw.get(NODES + "/Sprints/Sprint 1".replace(" ", "%20")), 400).string("message").orElseThrow())
                .contains("Areas or Iterations");
    }

    @Test
    void node_deepPath_servedAtEveryLevel() {
        String path = "";
        for (int i = 1; i <= 5; i++) {
            Raw.json(raw.post(NODES + "/Areas" + path, "{\"name\":\"L" + i + "\"}"), 201);
            path += "/L" + i;
        }

        assertThat(raw.json(NODES + "/Areas" + path, 200).string("path"))
                .contains("\\Fabrikam-Fiber-Git\\Area\\L1\\L2\\L3\\L4\\L5");
    }

    @Test
    void node_areaWithDates_refused() {
        JsonObject e = error(raw.send("PATCH", NODES + "/Areas/Web", "{\"attributes\":{\"startDate\":"
                + "\"2030-01-01T00:00:00Z\",\"finishDate\":\"2030-01-05T00:00:00Z\"}}"), 400);

        assertThat(e.string("message").orElseThrow()).contains("Only iteration nodes");
    }

    @Test
    void node_onlyStartDate_refused() {
        assertThat(error(raw.send("PATCH", NODES + "/Iterations/Sprint%201",
                "{\"attributes\":{\"startDate\":\"2030-01-01T00:00:00Z\"}}"), 400).string("message").orElseThrow())
                .contains("Both the start date and the finish date");
    }

    @Test
    void teamIterations_pastTimeframe_refused() {
        assertThat(error(raw.get("/Fabrikam-Fiber-Git/_apis/work/teamsettings/iterations?$timeframe=past"), 400)
                .string("message").orElseThrow()).contains("only 'current'");
    }

    @Test
    void sprintWorkItems_noWorkItemStoreWired_emptyRelations() {
        String sprint1 = raw.json(NODES + "/Iterations/Sprint%201", 200).string("identifier").orElseThrow();

        JsonObject items = raw.json("/Fabrikam-Fiber-Git/_apis/work/teamsettings/iterations/" + sprint1
                + "/workitems", 200);

        assertThat(((JsonArray) items.get("workItemRelations")).size()).isZero();
        assertThat(raw.get("/Fabrikam-Fiber-Git/_apis/work/teamsettings/iterations/" + java.util.UUID.randomUUID()
                + "/workitems").statusCode()).isEqualTo(404);
    }

    @Test
    void teamSettings_unknownTeam_teamNotFound() {
        assertThat(error(raw.get("/Fabrikam-Fiber-Git/Nobody/_apis/work/teamsettings"), 404).string("typeKey"))
                .contains("TeamNotFoundException");
    }

    @Test
    void teamSettings_badBugsBehavior_refusedAndUnchanged() {
        error(raw.send("PATCH", "/Fabrikam-Fiber-Git/_apis/work/teamsettings", "{\"bugsBehavior\":\"sideways\"}"),
                400);

        assertThat(raw.json("/Fabrikam-Fiber-Git/_apis/work/teamsettings", 200).string("bugsBehavior"))
                .contains("asRequirements");
    }

    @Test
    void teamIteration_notBelowBacklogIteration_refused() {
        String root = raw.json(NODES + "/Iterations", 200).string("identifier").orElseThrow();

        assertThat(error(raw.post("/Fabrikam-Fiber-Git/_apis/work/teamsettings/iterations", "{\"id\":\"" + root
                + "\"}"), 400).string("message").orElseThrow()).contains("backlog iteration");
    }

    @Test
    void customField_created_thenUsableByProcesses() {
        JsonObject f = Raw.json(raw.post("/_apis/wit/fields", "{\"name\":\"Approved\",\"referenceName\":"
                + "\"Custom.Approved\",\"type\":\"boolean\"}"), 200);

        assertThat(f.string("type")).contains("boolean");
        assertThat(raw.json("/Fabrikam-Fiber-Git/_apis/wit/fields/Custom.Approved", 200).string("name"))
                .contains("Approved");
        assertThat(raw.post("/_apis/wit/fields", "{\"name\":\"Approved\",\"type\":\"boolean\"}").statusCode())
                .isEqualTo(409);
    }

    @Test
    void customField_badType_refused() {
        assertThat(raw.post("/_apis/wit/fields", "{\"name\":\"X\",\"type\":\"colour\"}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void process_inheritFromInherited_refused() {
        String mine = Raw.json(raw.post("/_apis/work/processes", "{\"name\":\"Mine\",\"parentProcessTypeId\":\""
                + AGILE + "\"}"), 200).string("typeId").orElseThrow();

        assertThat(error(raw.post("/_apis/work/processes", "{\"name\":\"Grandchild\",\"parentProcessTypeId\":\""
                + mine + "\"}"), 400).string("message").orElseThrow()).contains("system process");
    }

    @Test
    void process_deleteSystem_forbidden() {
        assertThat(error(raw.send("DELETE", "/_apis/work/processes/" + AGILE, null), 403).string("message").orElseThrow())
                .startsWith("VS402356");
    }

    @Test
    void process_stateWithBadCategory_refused() {
        String mine = Raw.json(raw.post("/_apis/work/processes", "{\"name\":\"Mine\",\"parentProcessTypeId\":\""
                + AGILE + "\"}"), 200).string("typeId").orElseThrow();

        assertThat(error(raw.post("/_apis/work/processes/" + mine + "/workItemTypes/"
                + "Microsoft.VSTS.WorkItemTypes.Bug/states", "{\"name\":\"Odd\",\"stateCategory\":\"Sideways\"}"),
                400).string("message").orElseThrow()).contains("not valid");
    }

    @Test
    void process_ruleOnUnknownField_refused() {
        String mine = Raw.json(raw.post("/_apis/work/processes", "{\"name\":\"Mine\",\"parentProcessTypeId\":\""
                + AGILE + "\"}"), 200).string("typeId").orElseThrow();

        assertThat(raw.post("/_apis/work/processes/" + mine + "/workItemTypes/Microsoft.VSTS.WorkItemTypes.Bug/rules",
                "{\"name\":\"r\",\"conditions\":[],\"actions\":[{\"actionType\":\"makeRequired\","
                        + "\"targetField\":\"Custom.Nope\"}]}").statusCode()).isEqualTo(404);
    }

    @Test
    void process_expandProjects_listsProjectsOnAgile() {
        JsonObject agile = raw.json("/_apis/work/processes/" + AGILE + "?$expand=projects", 200);

        assertThat(((JsonArray) agile.get("projects")).size()).isEqualTo(2);
        assertThat(agile.string("customizationType")).contains("system");
    }

    @Test
    void boardColumns_lastNotOutgoing_refused() {
        String cols = "/Fabrikam-Fiber-Git/_apis/work/boards/Stories/columns";
        JsonArray columns = Raw.value(raw.json(cols, 200));
        var reversed = new java.util.ArrayList<>(columns.values());
        reversed.remove(reversed.size() - 1);

        JsonObject e = error(raw.send("PUT", cols, new JsonArray(reversed).toJson()), 400);

        assertThat(e.string("message").orElseThrow()).contains("outgoing");
        assertThat(Raw.value(raw.json(cols, 200)).size()).isEqualTo(columns.size());
    }

    @Test
    void templates_defaultTeamRoute_servesSameStore() {
        JsonObject t = Raw.json(raw.post("/Fabrikam-Fiber-Git/_apis/wit/templates", "{\"name\":\"T\","
                + "\"workItemTypeName\":\"Task\",\"fields\":{\"System.Title\":\"x\"}}"), 200);

        assertThat(raw.json("/Fabrikam-Fiber-Git/Fabrikam-Fiber-Git%20Team/_apis/wit/templates/"
                + t.string("id").orElseThrow(), 200).string("name")).contains("T");
    }
}
