package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BuildRoutesTest {

    private static final String BUILDS = "/Fabrikam-Fiber-Git/_apis/build/builds";
    private AdoEmulator emulator;
    private Raw raw;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.builder().clock(Instant.parse("2024-05-01T10:00:00Z")).start();
        raw = new Raw(emulator);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private JsonObject queue(int definition, String branch) {
        return Raw.json(raw.post(BUILDS, "{\"definition\":{\"id\":" + definition + "},\"sourceBranch\":\"" + branch
                + "\"}"), 200);
    }

    private List<JsonObject> records(int id, String type) {
        var out = new ArrayList<JsonObject>();
        for (JsonValue v : ((JsonArray) raw.json(BUILDS + "/" + id + "/timeline", 200).get("records")).values()) {
            if (((JsonObject) v).string("type").orElseThrow().equals(type)) {
                out.add((JsonObject) v);
            }
        }
        return out;
    }

    @Test
    void queue_thenClockAdvances_buildMovesThroughStates() {
        int id = (int) ((ado.core.json.JsonNumber) queue(1, "refs/heads/main").get("id")).longValue();

        assertThat(raw.json(BUILDS + "/" + id, 200).string("status")).contains("notStarted");
        emulator.clock().advance(Duration.ofSeconds(5));
        assertThat(raw.json(BUILDS + "/" + id, 200).string("status")).contains("inProgress");
        emulator.clock().advance(Duration.ofMinutes(5));
        JsonObject done = raw.json(BUILDS + "/" + id, 200);
        assertThat(done.string("status")).contains("completed");
        assertThat(done.string("result")).contains("succeeded");
    }

    @Test
    void timeline_completedBuild_linksStagesPhasesJobsTasks() {
        int id = (int) ((ado.core.json.JsonNumber) queue(1, "main").get("id")).longValue();
        emulator.clock().advance(Duration.ofMinutes(5));

        List<JsonObject> stages = records(id, "Stage");
        List<JsonObject> tasks = records(id, "Task");

        assertThat(stages).extracting(s -> s.string("name").orElseThrow()).containsExactly("Build", "Test");
        assertThat(tasks).hasSize(4).allSatisfy(t -> {
            assertThat(t.string("result")).contains("succeeded");
            assertThat(t.get("log")).isInstanceOf(JsonObject.class);
        });
        String jobId = records(id, "Job").get(0).string("id").orElseThrow();
        assertThat(tasks.get(0).string("parentId")).contains(jobId);
    }

    @Test
    void logs_ofTask_haveItsLinesAndRanges() {
        int id = (int) ((ado.core.json.JsonNumber) queue(1, "main").get("id")).longValue();
        emulator.clock().advance(Duration.ofMinutes(5));

        HttpResponse<String> text = Raw.send(raw.request(BUILDS + "/" + id + "/logs/2").header("Accept",
                "text/plain;api-version=7.1").GET().build());
        JsonObject range = raw.json(BUILDS + "/" + id + "/logs/2?startLine=2&endLine=2", 200);

        assertThat(text.body()).contains("Starting: Restore").contains("Restored 12 packages");
        assertThat(Raw.value(range).values()).singleElement().satisfies(v ->
                assertThat(v.toJson()).contains("Restoring packages"));
    }

    @Test
    void logs_ofJob_holdEveryLineItsTasksWrote_andNoLogIsCreatedAfterItLastChanged() {
        int id = (int) ((ado.core.json.JsonNumber) queue(1, "main").get("id")).longValue();
        emulator.clock().advance(Duration.ofMinutes(5));
        JsonObject job = records(id, "Job").get(0);
        String jobId = job.string("id").orElseThrow();
        int jobLog = (int) ((ado.core.json.JsonNumber) ((JsonObject) job.get("log")).get("id")).longValue();
        var taskLines = new ArrayList<String>();
        for (JsonObject task : records(id, "Task")) {
            if (task.string("parentId").orElseThrow().equals(jobId)) {
                long logId = ((ado.core.json.JsonNumber) ((JsonObject) task.get("log")).get("id")).longValue();
                Raw.value(raw.json(BUILDS + "/" + id + "/logs/" + logId, 200)).values()
                        .forEach(v -> taskLines.add(((ado.core.json.JsonString) v).value()));
            }
        }

        List<String> jobLines = Raw.value(raw.json(BUILDS + "/" + id + "/logs/" + jobLog, 200)).values().stream()
                .map(v -> ((ado.core.json.JsonString) v).value()).toList();

        assertThat(taskLines).isNotEmpty();
        assertThat(jobLines).containsExactlyElementsOf(taskLines);
        assertThat(records(id, "Stage")).allSatisfy(s -> assertThat(s.get("log")).isNotInstanceOf(JsonObject.class));
        for (JsonValue v : Raw.value(raw.json(BUILDS + "/" + id + "/logs", 200)).values()) {
            JsonObject log = (JsonObject) v;
            assertThat(Instant.parse(log.string("createdOn").orElseThrow()))
                    .isBeforeOrEqualTo(Instant.parse(log.string("lastChangedOn").orElseThrow()));
        }
    }

    @Test
    void artifact_afterBuildStage_downloadsAsZip() throws IOException {
        int id = (int) ((ado.core.json.JsonNumber) queue(1, "main").get("id")).longValue();
        emulator.clock().advance(Duration.ofMinutes(5));
        JsonObject artifact = (JsonObject) Raw.value(raw.json(BUILDS + "/" + id + "/artifacts", 200)).get(0);
        String url = ((JsonObject) artifact.get("resource")).string("downloadUrl").orElseThrow();

        HttpResponse<byte[]> zip = Raw.HTTP.sendAsync(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Authorization", raw.basic()).build(), HttpResponse.BodyHandlers.ofByteArray()).join();

        var names = new ArrayList<String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).containsExactly("drop/README.md", "drop/app/Main.class");
    }

    @Test
    void retry_failedStage_rerunsItWithNewAttempt() {
        int def = emulator.pipelines().define("Fabrikam-Fiber-Git", "flaky")
                .stage("One", s -> s.job("J", j -> j.task("ok")))
                .stage("Two", s -> s.job("J", j -> j.failingTask("flaky", 1, "boom"))).create();
        int id = (int) ((ado.core.json.JsonNumber) queue(def, "main").get("id")).longValue();
        emulator.clock().advance(Duration.ofMinutes(5));
        assertThat(raw.json(BUILDS + "/" + id, 200).string("result")).contains("failed");

        Raw.json(raw.send("PATCH", BUILDS + "/" + id + "?retry=true", "{}"), 200);
        emulator.clock().advance(Duration.ofMinutes(5));

        assertThat(raw.json(BUILDS + "/" + id, 200).string("result")).contains("succeeded");
        JsonObject two = records(id, "Stage").get(1);
        assertThat(two.get("attempt").toJson()).isEqualTo("2");
        assertThat(records(id, "Stage").get(0).get("attempt").toJson()).isEqualTo("1");
    }

    @Test
    void approval_blocksStageUntilApproved() {
        int id = (int) ((ado.core.json.JsonNumber) queue(2, "main").get("id")).longValue();
        emulator.clock().advance(Duration.ofMinutes(5));
        assertThat(raw.json(BUILDS + "/" + id, 200).string("status")).contains("inProgress");
        JsonObject approvals = raw.json("/Fabrikam-Fiber-Git/_apis/pipelines/approvals?state=pending", 200);
        String approval = Raw.at(approvals, 0, "id");

        Raw.json(raw.send("PATCH", "/Fabrikam-Fiber-Git/_apis/pipelines/approvals", "[{\"approvalId\":\""
                + approval + "\",\"status\":\"approved\",\"comment\":\"ok\"}]"), 200);
        emulator.clock().advance(Duration.ofMinutes(5));

        assertThat(raw.json(BUILDS + "/" + id, 200).string("result")).contains("succeeded");
        assertThat(raw.send("PATCH", "/Fabrikam-Fiber-Git/_apis/pipelines/approvals", "[{\"approvalId\":\""
                + approval + "\",\"status\":\"rejected\"}]").statusCode()).isEqualTo(400);
    }

    @Test
    void list_withTop_pagesByContinuationHeader() {
        for (int i = 0; i < 3; i++) {
            queue(1, "main");
        }
        HttpResponse<String> first = raw.get(BUILDS + "?$top=2");
        String token = first.headers().firstValue("x-ms-continuationtoken").orElseThrow();
        HttpResponse<String> second = raw.get(BUILDS + "?$top=2&continuationToken=" + token);

        assertThat(Raw.value(Raw.json(first, 200)).size()).isEqualTo(2);
        assertThat(Raw.value(Raw.json(second, 200)).size()).isEqualTo(1);
        assertThat(second.headers().firstValue("x-ms-continuationtoken")).isEmpty();
    }

    @Test
    void queue_unknownDefinitionOrBranch_isAdoError() {
        HttpResponse<String> def = raw.post(BUILDS, "{\"definition\":{\"id\":999}}");
        HttpResponse<String> branch = raw.post(BUILDS, "{\"definition\":{\"id\":1},\"sourceBranch\":\"refs/heads/nope\"}");

        assertThat(def.statusCode()).isEqualTo(404);
        assertThat(def.body()).contains("TF215016").contains("DefinitionNotFoundException");
        assertThat(branch.statusCode()).isEqualTo(400);
        assertThat(branch.body()).contains("refs/heads/nope");
    }

    @Test
    void cancel_completedBuild_is400() {
        int id = (int) ((ado.core.json.JsonNumber) queue(1, "main").get("id")).longValue();
        emulator.clock().advance(Duration.ofMinutes(5));

        HttpResponse<String> response = raw.send("PATCH", BUILDS + "/" + id, "{\"status\":\"cancelling\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("completed");
    }

    @Test
    void pipelineRun_templateParametersAndStagesToSkip_areApplied() {
        JsonObject run = Raw.json(raw.post("/Fabrikam-Fiber-Git/_apis/pipelines/1/runs",
                "{\"templateParameters\":{\"configuration\":\"debug\"},\"stagesToSkip\":[\"Test\"]}"), 200);
        int id = (int) ((ado.core.json.JsonNumber) run.get("id")).longValue();
        emulator.clock().advance(Duration.ofMinutes(5));

        JsonObject after = raw.json("/Fabrikam-Fiber-Git/_apis/pipelines/1/runs/" + id, 200);
        assertThat(after.string("result")).contains("succeeded");
        assertThat(((JsonObject) after.get("templateParameters")).string("configuration")).contains("debug");
        assertThat(records(id, "Stage").get(1).string("result")).contains("skipped");
    }
}
