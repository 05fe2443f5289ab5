package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GitOperationRoutesTest {

    private static final String REPO = "/Fabrikam-Fiber-Git/_apis/git/repositories/Fabrikam-Fiber-Git";
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

    private String ref(String name) {
        return emulator.git().ref("Fabrikam-Fiber-Git", "Fabrikam-Fiber-Git", name).orElse(null);
    }

    private JsonObject detail(JsonObject operation) {
        return (JsonObject) operation.get("detailedStatus");
    }

    @Test
    void merge_twoHeads_completedWithMergeCommitAndGettable() {
        JsonObject merge = Raw.json(raw.post(REPO + "/merges", "{\"parents\":[\"" + ref("refs/heads/main") + "\",\""
                + ref("refs/heads/feature/login") + "\"],\"comment\":\"m\"}"), 201);
        String commit = detail(merge).string("mergeCommitId").orElseThrow();

        JsonObject got = raw.json(REPO + "/merges/" + merge.get("mergeOperationId").toJson(), 200);
        JsonObject c = raw.json(REPO + "/commits/" + commit, 200);

        assertThat(merge.string("status")).contains("completed");
        assertThat(got).isEqualTo(merge);
        assertThat(((JsonArray) c.get("parents")).values()).hasSize(2);
    }

    @Test
    void merge_unknownParent_404() {
        Raw.json(raw.post(REPO + "/merges", "{\"parents\":[\"" + "1".repeat(40) + "\",\""
                + ref("refs/heads/main") + "\"]}"), 404);
    }

    @Test
    void cherryPick_loginCommitOntoMain_newBranchHasFile() {
        String login = ref("refs/heads/feature/login");

        JsonObject pick = Raw.json(raw.post(REPO + "/cherryPicks", "{\"ontoRefName\":\"refs/heads/main\","
                + "\"generatedRefName\":\"refs/heads/picked\",\"source\":{\"commitList\":[{\"commitId\":\"" + login
                + "\"}]}}"), 201);

        assertThat(pick.string("status")).contains("completed");
        assertThat(detail(pick).string("currentCommitId")).contains(ref("refs/heads/picked"));
        raw.json(REPO + "/items?path=/src/app/Login.java&versionDescriptor.version=picked", 200);
        assertThat(raw.json(REPO + "/cherryPicks/" + pick.get("cherryPickId").toJson(), 200)).isEqualTo(pick);
    }

    @Test
    void revert_headOfMain_fileRestored() {
        String main = ref("refs/heads/main");

        JsonObject revert = Raw.json(raw.post(REPO + "/reverts", "{\"ontoRefName\":\"refs/heads/main\","
                + "\"generatedRefName\":\"refs/heads/reverted\",\"source\":{\"commitList\":[{\"commitId\":\"" + main
                + "\"}]}}"), 201);

        assertThat(revert.string("status")).contains("completed");
        JsonObject head = raw.json(REPO + "/commits/" + ref("refs/heads/reverted"), 200);
        assertThat(head.string("comment")).hasValueSatisfying(m -> assertThat(m).startsWith("Revert"));
        JsonObject diff = raw.json(REPO + "/diffs/commits?baseVersionType=commit&baseVersion=" + main
                + "&targetVersionType=branch&targetVersion=reverted", 200);
        assertThat(((JsonArray) diff.get("changes")).values()).isNotEmpty();
    }

    @Test
    void cherryPick_existingGeneratedRef_failedAndRefUnchanged() {
        String login = ref("refs/heads/feature/login");

        JsonObject pick = Raw.json(raw.post(REPO + "/cherryPicks", "{\"ontoRefName\":\"refs/heads/main\","
                + "\"generatedRefName\":\"refs/heads/feature/login\",\"source\":{\"commitList\":[{\"commitId\":\""
                + login + "\"}]}}"), 201);

        assertThat(pick.string("status")).contains("failed");
        assertThat(detail(pick).string("failureMessage")).hasValueSatisfying(m -> assertThat(m).contains("exists"));
        assertThat(ref("refs/heads/feature/login")).isEqualTo(login);
    }

    /** Branches {@code side} off main and then changes main, both editing /README.md: merging them conflicts. */
    private void conflictingSideBranch() {
        String main = ref("refs/heads/main");
        Raw.json(raw.post(REPO + "/pushes", "{\"refUpdates\":[{\"name\":\"refs/heads/side\",\"oldObjectId\":\""
                + "0".repeat(40) + "\"}],\"commits\":[{\"comment\":\"x\",\"parents\":[\"" + main + "\"],\"changes\":"
                + "[{\"changeType\":\"edit\",\"item\":{\"path\":\"/README.md\"},\"newContent\":{\"content\":\"side\","
                + "\"contentType\":\"rawtext\"}}]}]}"), 201);
        Raw.json(raw.post(REPO + "/pushes", "{\"refUpdates\":[{\"name\":\"refs/heads/main\",\"oldObjectId\":\""
                + main + "\"}],\"commits\":[{\"comment\":\"y\",\"changes\":[{\"changeType\":\"edit\",\"item\":"
                + "{\"path\":\"/README.md\"},\"newContent\":{\"content\":\"main\",\"contentType\":\"rawtext\"}}]}]}"),
                201);
    }

    @Test
    void cherryPick_conflict_failedWithConflictFlag() {
        conflictingSideBranch();

        JsonObject pick = Raw.json(raw.post(REPO + "/cherryPicks", "{\"ontoRefName\":\"refs/heads/main\","
                + "\"generatedRefName\":\"refs/heads/picked\",\"source\":{\"commitList\":[{\"commitId\":\""
                + ref("refs/heads/side") + "\"}]}}"), 201);

        assertThat(pick.string("status")).contains("failed");
        assertThat(detail(pick).get("conflict").toJson()).isEqualTo("true");
        assertThat(ref("refs/heads/picked")).isNull();
    }

    @Test
    void merge_conflict_failedWithMessageNamingTheFileAndNoConflictsMember() {
        conflictingSideBranch();
        String mainNow = ref("refs/heads/main");

        JsonObject merge = Raw.json(raw.post(REPO + "/merges", "{\"parents\":[\"" + mainNow + "\",\""
                + ref("refs/heads/side") + "\"],\"comment\":\"m\"}"), 201);

        assertThat(merge.string("status")).contains("failed");
        assertThat(detail(merge).members().keySet()).containsExactly("failureMessage");
        assertThat(detail(merge).string("failureMessage")).hasValueSatisfying(m -> assertThat(m)
                .contains("/README.md"));
        assertThat(ref("refs/heads/main")).isEqualTo(mainNow);
    }

    @Test
    void revert_completedPullRequest_undoesItsChange() {
        JsonObject pr = Raw.json(raw.post(REPO + "/pullrequests", "{\"sourceRefName\":\"refs/heads/feature/login\","
                + "\"targetRefName\":\"refs/heads/main\",\"title\":\"Login\"}"), 201);
        String path = REPO + "/pullrequests/" + pr.get("pullRequestId").toJson();
        Raw.json(raw.send("PATCH", path, "{\"status\":\"completed\",\"completionOptions\":{\"mergeStrategy\":"
                + "\"squash\"}}"), 200);

        JsonObject revert = Raw.json(raw.post(REPO + "/reverts", "{\"ontoRefName\":\"refs/heads/main\","
                + "\"generatedRefName\":\"refs/heads/revert-login\",\"source\":{\"pullRequestId\":"
                + pr.get("pullRequestId").toJson() + "}}"), 201);

        assertThat(revert.string("status")).contains("completed");
        Raw.json(raw.get(REPO + "/items?path=/src/app/Login.java&versionDescriptor.version=revert-login"), 404);
    }

    @Test
    void get_unknownOperation_404() {
        Raw.json(raw.get(REPO + "/reverts/77"), 404);
    }
}
