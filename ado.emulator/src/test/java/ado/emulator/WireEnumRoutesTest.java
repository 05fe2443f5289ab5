package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Routes read enums as ADO does: by integer (the generated clients' default), by name in any case, as flags. */
class WireEnumRoutesTest {

    private static final String REPO = "/Fabrikam-Fiber-Git/_apis/git/repositories/Fabrikam-Fiber-Git";
    private static final String ZERO = "0000000000000000000000000000000000000000";
    private AdoEmulator emulator;
    private Raw raw;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.builder().clock(java.time.Instant.parse("2024-06-01T10:00:00Z")).start();
        raw = new Raw(emulator);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private String main() {
        return emulator.git().ref("Fabrikam-Fiber-Git", "Fabrikam-Fiber-Git", "refs/heads/main").orElseThrow();
    }

    private void pushToNewBranch(String branch, String change) {
        Raw.json(raw.post(REPO + "/pushes", "{\"refUpdates\":[{\"name\":\"refs/heads/" + branch
                + "\",\"oldObjectId\":\"" + ZERO + "\"}],\"commits\":[{\"comment\":\"c\",\"parents\":[\"" + main()
                + "\"],\"changes\":[" + change + "]}]}"), 201);
    }

    private String text(String path, String branch) {
        return raw.json(REPO + "/items?includeContent=true&path=" + path + "&versionDescriptor.version=" + branch
                + "&versionDescriptor.versionType=0", 200).string("content").orElseThrow();
    }

    @Test
    void push_changeTypeAndContentTypeAsIntegers_decodesBase64Content() {
        String base64 = Base64.getEncoder().encodeToString("hello\u00e9\n".getBytes(StandardCharsets.UTF_8));

        pushToNewBranch("ints", "{\"changeType\":1,\"item\":{\"path\":\"/b.txt\"},"
                + "\"newContent\":{\"content\":\"" + base64 + "\",\"contentType\":1}}");

        assertThat(text("/b.txt", "ints")).isEqualTo("hello\u00e9\n");
    }

    @Test
    void push_namesInAnyCase_areRead() {
        pushToNewBranch("names", "{\"changeType\":\"ADD\",\"item\":{\"path\":\"/n.txt\"},"
                + "\"newContent\":{\"content\":\"plain\",\"contentType\":\"RawText\"}}");

        assertThat(text("/n.txt", "names")).isEqualTo("plain");
    }

    @Test
    void push_unknownChangeType_is400NamingIt() {
        HttpResponse<String> r = raw.post(REPO + "/pushes", "{\"refUpdates\":[{\"name\":\"refs/heads/x\","
                + "\"oldObjectId\":\"" + ZERO + "\"}],\"commits\":[{\"comment\":\"c\",\"changes\":[{\"changeType\":"
                + "16384,\"item\":{\"path\":\"/x\"},\"newContent\":{\"content\":\"x\",\"contentType\":0}}]}]}");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("16384").contains("changeType");
    }

    @Test
    void items_versionTypeAsInteger_resolvesTagAndCommit() {
        JsonObject byTag = raw.json(REPO + "/items?path=/README.md&includeContent=true"
                + "&versionDescriptor.version=v1.0&versionDescriptor.versionType=1", 200);
        JsonObject byCommit = raw.json(REPO + "/items?path=/README.md&versionDescriptor.version=" + main()
                + "&versionDescriptor.versionType=2", 200);

        assertThat(byTag.string("content")).contains("# Fabrikam Fiber\n\nA sample.\n");
        assertThat(byCommit.string("commitId")).contains(main());
        assertThat(raw.get(REPO + "/items?path=/README.md&versionDescriptor.versionType=7").statusCode())
                .isEqualTo(400);
    }

    @Test
    void pullRequest_statusAndMergeStrategyAsIntegers_completeIt_andStringBooleansEchoTyped() {
        JsonObject pr = Raw.json(raw.post(REPO + "/pullrequests", "{\"sourceRefName\":\"refs/heads/feature/login\","
                + "\"targetRefName\":\"refs/heads/main\",\"title\":\"Login\"}"), 201);
        String id = pr.get("pullRequestId").toJson();
        String source = ((JsonObject) pr.get("lastMergeSourceCommit")).string("commitId").orElseThrow();

        JsonObject done = Raw.json(raw.send("PATCH", REPO + "/pullrequests/" + id, "{\"status\":3,"
                + "\"lastMergeSourceCommit\":{\"commitId\":\"" + source + "\"},\"completionOptions\":{"
                + "\"deleteSourceBranch\":\"true\",\"mergeStrategy\":2,\"bypassPolicy\":null}}"), 200);

        assertThat(done.string("status")).contains("completed");
        JsonObject options = (JsonObject) done.get("completionOptions");
        assertThat(options.get("deleteSourceBranch").toJson()).isEqualTo("true");
        assertThat(options.string("mergeStrategy")).contains("squash");
        assertThat(options.has("bypassPolicy")).isFalse();
        JsonObject completed = raw.json(REPO + "/pullrequests?searchCriteria.status=3", 200);
        assertThat(Raw.value(completed).values()).hasSize(1);
        assertThat(Raw.value(raw.json(REPO + "/pullrequests?searchCriteria.status=Completed", 200)).values())
                .hasSize(1);
    }

    @Test
    void builds_statusFilterBitmask_selectsByStatus() {
        Raw.json(raw.post("/Fabrikam-Fiber-Git/_apis/build/builds", "{\"definition\":{\"id\":1}}"), 200);
        String list = "/Fabrikam-Fiber-Git/_apis/build/builds?definitions=1&statusFilter=";

        assertThat(Raw.value(raw.json(list + "47", 200)).values()).isNotEmpty();
        assertThat(Raw.value(raw.json(list + "32", 200)).values()).isNotEmpty();       // notStarted, clock frozen
        assertThat(Raw.value(raw.json(list + "2", 200)).values()).isEmpty();          // completed
        assertThat(Raw.value(raw.json(list + "notStarted,inProgress", 200)).values()).isNotEmpty();
        assertThat(raw.get(list + "64").statusCode()).isEqualTo(400);
    }

    @Test
    void workItems_patchOpAsInteger_andExpandAsInteger() {
        JsonObject created = Raw.json(raw.send("POST", "/Fabrikam-Fiber-Git/_apis/wit/workitems/$Task",
                "[{\"op\":0,\"path\":\"/fields/System.Title\",\"value\":\"by integer\"}]"), 200);
        String id = created.get("id").toJson();

        JsonObject replaced = Raw.json(raw.send("PATCH", "/Fabrikam-Fiber-Git/_apis/wit/workitems/" + id,
                "[{\"op\":2,\"path\":\"/fields/System.Title\",\"value\":\"replaced\"}]"), 200);
        String item = "/Fabrikam-Fiber-Git/_apis/wit/workitems/" + id + "?$expand=";

        assertThat(((JsonObject) replaced.get("fields")).string("System.Title")).contains("replaced");
        assertThat(raw.json(item + "4", 200)).isEqualTo(raw.json(item + "All", 200));
        assertThat(raw.json(item + "1", 200)).isEqualTo(raw.json(item + "relations", 200));
        assertThat(raw.json(item + "0", 200)).isEqualTo(raw.json(item + "NONE", 200));
        assertThat(raw.get(item + "5").statusCode()).isEqualTo(400);
    }
}
