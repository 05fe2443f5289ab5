package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.json.JsonBoolean;
import ado.core.json.JsonNull;
import ado.core.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Values stored as ADO types them, whatever JSON type they came in, and {@code null} bodies read as ADO reads them. */
class TypedValuesRoutesTest {

    private static final String REPO = "/Fabrikam-Fiber-Git/_apis/git/repositories/Fabrikam-Fiber-Git";
    private static AdoEmulator emulator;
    private static Raw raw;

    @BeforeAll
    static void start() {
        emulator = AdoEmulator.start();
        raw = new Raw(emulator);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void variableGroup_isSecretSentAsString_isStoredSecretAndEchoedBoolean() {
        String project = raw.json("/_apis/projects/Fabrikam-Fiber-Git", 200).string("id").orElseThrow();
        JsonObject g = Raw.json(raw.post("/_apis/distributedtask/variablegroups", "{\"name\":\"typed\","
                + "\"variables\":{\"s\":{\"value\":\"hush\",\"isSecret\":\"true\"}},"
                + "\"variableGroupProjectReferences\":[{\"projectReference\":{\"id\":\"" + project + "\"},"
                + "\"name\":\"typed\"}]}"), 200);

        JsonObject s = (JsonObject) ((JsonObject) g.get("variables")).get("s");
        assertThat(s.get("isSecret")).isEqualTo(JsonBoolean.TRUE);
        assertThat(s.get("value")).isEqualTo(JsonNull.INSTANCE);
    }

    @Test
    void pullRequest_isDraftSentAsString_isADraft() {
        JsonObject pr = Raw.json(raw.post(REPO + "/pullrequests", "{\"sourceRefName\":\"refs/heads/feature/login\","
                + "\"targetRefName\":\"refs/heads/main\",\"title\":\"Draft\",\"isDraft\":\"True\"}"), 201);

        assertThat(pr.get("isDraft")).isEqualTo(JsonBoolean.TRUE);
        HttpResponse<String> abandon = raw.send("PATCH", REPO + "/pullrequests/" + pr.get("pullRequestId").toJson(),
                "{\"status\":2}");
        assertThat(Raw.json(abandon, 200).string("status")).contains("abandoned");
    }

    @Test
    void pipelineRun_nullBody_isReadAsNoBody() {
        JsonObject run = Raw.json(raw.post("/Fabrikam-Fiber-Git/_apis/pipelines/1/runs", "null"), 200);

        assertThat(run.get("id")).isNotNull();
    }

    @Test
    void requiredBody_null_isAdosValueCannotBeNull() {
        HttpResponse<String> r = raw.post(REPO + "/pullrequests", "null");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("ArgumentNullException").contains("body");
    }
}
