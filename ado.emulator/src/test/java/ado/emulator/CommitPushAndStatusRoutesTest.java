package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pushes of several commits (atomic) and commit statuses. */
class CommitPushAndStatusRoutesTest {

    private static final String REPO = "/Fabrikam-Fiber-Git/_apis/git/repositories/Fabrikam-Fiber-Git";
    private static final String GIT = "Fabrikam-Fiber-Git";
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

    private String main() {
        return emulator.git().ref(GIT, GIT, "refs/heads/main").orElseThrow();
    }

    private static String commit(String message, String type, String path, String content) {
        return "{\"comment\":\"" + message + "\",\"changes\":[{\"changeType\":\"" + type + "\",\"item\":{\"path\":\""
                + path + "\"},\"newContent\":{\"content\":\"" + content + "\",\"contentType\":\"rawtext\"}}]}";
    }

    private static String push(String old, String... commits) {
        return "{\"refUpdates\":[{\"name\":\"refs/heads/main\",\"oldObjectId\":\"" + old + "\"}],\"commits\":["
                + String.join(",", commits) + "]}";
    }

    // ---- pushes of several commits ----

    @Test
    void push_threeCommits_landInOrderAsAChain() {
        String old = main();

        JsonObject push = Raw.json(raw.post(REPO + "/pushes", push(old, commit("one", "add", "/a.txt", "1"),
                commit("two", "edit", "/a.txt", "2"), commit("three", "add", "/b.txt", "3"))), 201);

        String head = main();
        assertThat(((JsonObject) ((JsonArray) push.get("refUpdates")).values().get(0)).string("newObjectId"))
                .contains(head);
        JsonObject three = raw.json(REPO + "/commits/" + head, 200);
        String twoId = parents(three).get(0);
        JsonObject two = raw.json(REPO + "/commits/" + twoId, 200);
        JsonObject one = raw.json(REPO + "/commits/" + parents(two).get(0), 200);
        assertThat(List.of(one.string("comment").orElseThrow(), two.string("comment").orElseThrow(),
                three.string("comment").orElseThrow())).containsExactly("one\n", "two\n", "three\n");
        assertThat(parents(one)).containsExactly(old);
        assertThat(((JsonArray) push.get("commits")).values()).hasSize(3);
        assertThat(raw.get(REPO + "/items?path=/a.txt&$format=text&versionType=commit&version=" + twoId).body())
                .isEqualTo("2");
    }

    @Test
    void push_threeCommitsOnAStaleHead_409AndNothingLands() {
        String old = main();
        Raw.json(raw.post(REPO + "/pushes", push(old, commit("first", "add", "/x.txt", "x"))), 201);
        String moved = main();

        JsonObject error = Raw.json(raw.post(REPO + "/pushes", push(old, commit("one", "add", "/a.txt", "1"),
                commit("two", "add", "/b.txt", "2"), commit("three", "add", "/c.txt", "3"))), 409);

        assertThat(error.string("typeKey")).isPresent();
        assertThat(main()).isEqualTo(moved);
        assertThat(raw.get(REPO + "/items?path=/a.txt").statusCode()).isEqualTo(404);
    }

    @Test
    void push_thirdCommitInvalid_nothingLands() {
        String old = main();

        JsonObject error = Raw.json(raw.post(REPO + "/pushes", push(old, commit("one", "add", "/a.txt", "1"),
                commit("two", "add", "/b.txt", "2"), commit("three", "edit", "/missing.txt", "3"))), 404);

        assertThat(error.string("typeKey")).contains("GitItemNotFoundException");

        assertThat(main()).isEqualTo(old);
        assertThat(raw.get(REPO + "/items?path=/a.txt").statusCode()).isEqualTo(404);
    }

    // ---- commit statuses ----

    @Test
    void status_created_201AndListedNewestFirst() {
        String head = main();
        String statuses = REPO + "/commits/" + head + "/statuses";

        JsonObject first = Raw.json(raw.post(statuses, "{\"state\":\"pending\",\"description\":\"running\","
                + "\"context\":{\"name\":\"build\",\"genre\":\"ci\"},\"targetUrl\":\"https://ci.example/1\"}"), 201);
        Raw.json(raw.post(statuses, "{\"state\":\"succeeded\",\"context\":{\"name\":\"build\",\"genre\":\"ci\"}}"),
                201);
        Raw.json(raw.post(statuses, "{\"state\":\"failed\",\"context\":{\"name\":\"lint\"}}"), 201);

        assertThat(first.string("state")).contains("pending");
        assertThat(first.string("targetUrl")).contains("https://ci.example/1");
        assertThat(first.get("createdBy")).isInstanceOf(JsonObject.class);
        JsonObject all = raw.json(statuses, 200);
        assertThat(states(all)).containsExactly("failed", "succeeded", "pending");
        assertThat(states(raw.json(statuses + "?latestOnly=true", 200))).containsExactly("failed", "succeeded");
        assertThat(states(raw.json(statuses + "?top=1&skip=1", 200))).containsExactly("succeeded");
    }

    @Test
    void status_wellFormedUnknownCommit_listsNoneButCannotBePosted() {
        String unknown = "0123456789abcdef0123456789abcdef01234567";

        assertThat(Raw.value(raw.json(REPO + "/commits/" + unknown + "/statuses", 200)).values()).isEmpty();
        JsonObject error = Raw.json(raw.post(REPO + "/commits/" + unknown + "/statuses",
                "{\"state\":\"succeeded\",\"context\":{\"name\":\"build\"}}"), 404);
        assertThat(error.string("typeKey")).contains("GitCommitDoesNotExistException");
    }

    @Test
    void status_withoutContextOrBadId_400() {
        String statuses = REPO + "/commits/" + main() + "/statuses";

        Raw.json(raw.post(statuses, "{\"state\":\"succeeded\"}"), 400);
        Raw.json(raw.post(statuses, "{\"state\":\"sideways\",\"context\":{\"name\":\"x\"}}"), 400);
        Raw.json(raw.get(REPO + "/commits/not-a-sha/statuses"), 400);
    }

    private static List<String> parents(JsonObject commit) {
        return ((JsonArray) commit.get("parents")).values().stream()
                .map(v -> ((ado.core.json.JsonString) v).value()).toList();
    }

    private static List<String> states(JsonObject envelope) {
        return Raw.value(envelope).values().stream().map(v -> ((JsonObject) v).string("state").orElseThrow())
                .toList();
    }
}
