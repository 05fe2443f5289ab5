package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.emulator.junit.AdoEmulatorExtension;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Environments, secure files, task groups, agent pools and queues, and pipeline permissions. */
@ExtendWith(AdoEmulatorExtension.class)
class PipelineResourceRoutesTest {

    private static final String DT = "/Fabrikam-Fiber-Git/_apis/distributedtask";
    private static Raw raw;

    @BeforeAll
    static void start(AdoEmulator emulator) {
        raw = new Raw(emulator);
    }

    @Test
    void seededEnvironment_hasDeploymentsNewestFirst() {
        JsonObject env = (JsonObject) Raw.value(raw.json(DT + "/environments?name=production", 200)).get(0);

        JsonArray records = Raw.value(raw.json(DT + "/environments/" + env.get("id").toJson()
                + "/environmentdeploymentrecords", 200));

        assertThat(records.size()).isEqualTo(2);
        assertThat(((JsonObject) records.get(0)).string("result")).contains("failed");
    }

    @Test
    void environmentLifecycle_createRenameDelete() {
        JsonObject e = Raw.json(raw.post(DT + "/environments", "{\"name\":\"qa\",\"description\":\"QA\"}"), 200);
        String path = DT + "/environments/" + e.get("id").toJson();

        JsonObject renamed = Raw.json(raw.send("PATCH", path, "{\"name\":\"qa-2\"}"), 200);

        assertThat(renamed.string("name")).contains("qa-2");
        assertThat(renamed.string("description")).contains("QA");
        assertThat(raw.send("DELETE", path, null).statusCode()).isEqualTo(204);
        assertThat(raw.get(path).statusCode()).isEqualTo(404);
    }

    @Test
    void environmentCreate_duplicate_gets409() {
        assertThat(raw.post(DT + "/environments", "{\"name\":\"PRODUCTION\"}").statusCode()).isEqualTo(409);
    }

    @Test
    void environmentCreate_noName_gets400() {
        assertThat(raw.post(DT + "/environments", "{\"description\":\"x\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void secureFileUpload_thenListGetDelete() {
        HttpResponse<String> up = Raw.send(raw.request(DT + "/securefiles?name=key.snk")
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {9, 8, 7})).build());
        String id = Raw.json(up, 200).string("id").orElseThrow();

        assertThat(Raw.value(raw.json(DT + "/securefiles?namePattern=*.snk", 200)).size()).isEqualTo(1);
        assertThat(raw.json(DT + "/securefiles/" + id, 200).string("name")).contains("key.snk");
        assertThat(raw.send("DELETE", DT + "/securefiles/" + id, null).statusCode()).isEqualTo(204);
        assertThat(raw.get(DT + "/securefiles/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void taskGroupLifecycle_revisionGoesUpAndUnknownMembersStay() {
        JsonObject g = Raw.json(raw.post(DT + "/taskgroups", "{\"name\":\"build-java\",\"category\":\"Build\","
                + "\"tasks\":[{\"task\":{\"id\":\"c6c4c611-aa2e-4a33-b606-5eaba2196824\",\"versionSpec\":\"1.*\"}}],"
                + "\"iconUrl\":\"https://icon\"}"), 200);
        String id = g.string("id").orElseThrow();

        JsonObject updated = Raw.json(raw.send("PUT", DT + "/taskgroups/" + id,
                g.toBuilder().put("description", "now described").build().toJson()), 200);
        JsonObject listed = (JsonObject) Raw.value(raw.json(DT + "/taskgroups/" + id, 200)).get(0);

        assertThat(updated.get("revision").toJson()).isEqualTo("2");
        assertThat(listed.string("iconUrl")).contains("https://icon");
        assertThat(raw.send("DELETE", DT + "/taskgroups/" + id, null).statusCode()).isEqualTo(204);
    }

    @Test
    void taskGroupCreate_noTasks_gets400() {
        assertThat(raw.post(DT + "/taskgroups", "{\"name\":\"empty\",\"tasks\":[]}").statusCode()).isEqualTo(400);
    }

    @Test
    void pools_seededWithAgentsAndCapabilities() {
        JsonArray pools = Raw.value(raw.json("/_apis/distributedtask/pools", 200));
        JsonObject agent = raw.json("/_apis/distributedtask/pools/1/agents/1?includeCapabilities=true", 200);
        JsonObject bare = (JsonObject) Raw.value(raw.json("/_apis/distributedtask/pools/1/agents", 200)).get(0);

        assertThat(pools.size()).isEqualTo(2);
        assertThat(((JsonObject) agent.get("systemCapabilities")).string("java")).isPresent();
        assertThat(bare.has("systemCapabilities")).isFalse();
    }

    @Test
    void pool_unknown_gets404() {
        assertThat(raw.get("/_apis/distributedtask/pools/77").statusCode()).isEqualTo(404);
    }

    @Test
    void queues_onePerPoolWithStableIds() {
        JsonArray queues = Raw.value(raw.json(DT + "/queues", 200));
        String id = ((JsonObject) queues.get(0)).get("id").toJson();

        assertThat(queues.size()).isEqualTo(2);
        assertThat(raw.json(DT + "/queues/" + id, 200).get("id").toJson()).isEqualTo(id);
        assertThat(raw.get(DT + "/queues/999").statusCode()).isEqualTo(404);
    }

    @Test
    void pipelinePermissions_patchMergesByPipeline() {
        String path = "/Fabrikam-Fiber-Git/_apis/pipelines/pipelinepermissions/queue/1";

        Raw.json(raw.send("PATCH", path, "{\"pipelines\":[{\"id\":6,\"authorized\":true}]}"), 200);
        JsonObject after = Raw.json(raw.send("PATCH", path, "{\"pipelines\":[{\"id\":7,\"authorized\":true},"
                + "{\"id\":6,\"authorized\":false}]}"), 200);

        JsonArray pipelines = (JsonArray) after.get("pipelines");
        assertThat(pipelines.size()).isEqualTo(2);
        assertThat(raw.json(path, 200).toJson()).contains("\"id\":7").contains("\"authorized\":false");
    }

    @Test
    void pipelinePermissions_entryWithoutAuthorized_gets400() {
        assertThat(raw.send("PATCH", "/Fabrikam-Fiber-Git/_apis/pipelines/pipelinepermissions/queue/1",
                "{\"pipelines\":[{\"id\":6}]}").statusCode()).isEqualTo(400);
    }
}
