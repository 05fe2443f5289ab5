package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PullRequestRoutesTest {

    private static final String REPO = "/Fabrikam-Fiber-Git/_apis/git/repositories/Fabrikam-Fiber-Git";
    private static final String PRS = REPO + "/pullrequests";
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

    // ---- helpers ----

    private String ref(String name) {
        return emulator.git().ref("Fabrikam-Fiber-Git", "Fabrikam-Fiber-Git", name).orElseThrow();
    }

    private String userId(String displayName) {
        JsonObject members = raw.json("/_apis/projects/Fabrikam-Fiber-Git/teams/Quality%20assurance/members", 200);
        for (JsonValue v : Raw.value(members).values()) {
            JsonObject identity = (JsonObject) ((JsonObject) v).get("identity");
            if (identity.string("displayName").orElseThrow().equals(displayName)) {
                return identity.string("id").orElseThrow();
            }
        }
        throw new AssertionError("no user " + displayName);
    }

    private void push(String branch, String oldId, String change, String path, String content) {
        Raw.json(raw.post(REPO + "/pushes", "{\"refUpdates\":[{\"name\":\"" + branch + "\",\"oldObjectId\":\""
                + oldId + "\"}],\"commits\":[{\"comment\":\"" + change + " " + path + "\",\"changes\":[{"
                + "\"changeType\":\"" + change + "\",\"item\":{\"path\":\"" + path + "\"},\"newContent\":{"
                + "\"content\":\"" + content + "\",\"contentType\":\"rawtext\"}}]}]}"), 201);
    }

    private JsonObject open(String body) {
        return Raw.json(raw.post(PRS, body), 201);
    }

    private JsonObject openLogin() {
        return open("{\"sourceRefName\":\"refs/heads/feature/login\",\"targetRefName\":\"refs/heads/main\","
                + "\"title\":\"Login\",\"description\":\"Adds a login page\"}");
    }

    private String pr(JsonObject pr) {
        return PRS + "/" + pr.get("pullRequestId").toJson();
    }

    private JsonObject patch(String path, String body, int status) {
        return Raw.json(raw.send("PATCH", path, body), status);
    }

    // ---- create, get, list ----

    @Test
    void create_activeWithFirstIterationAndArtifactId() {
        JsonObject pr = openLogin();

        assertThat(pr.string("status")).contains("active");
        assertThat(pr.string("mergeStatus")).contains("succeeded");
        assertThat(pr.string("artifactId")).hasValueSatisfying(a -> assertThat(a)
                .startsWith("vstfs:///Git/PullRequestId/").endsWith("%2f" + pr.get("pullRequestId").toJson()));
        assertThat(Raw.value(raw.json(pr(pr) + "/iterations", 200)).size()).isEqualTo(1);
    }

    @Test
    void create_sameBranchesTwice_409TF401179() {
        openLogin();

        JsonObject error = Raw.json(raw.post(PRS, "{\"sourceRefName\":\"refs/heads/feature/login\","
                + "\"targetRefName\":\"refs/heads/main\",\"title\":\"again\"}"), 409);

        assertThat(error.string("message")).hasValueSatisfying(m -> assertThat(m).startsWith("TF401179"));
    }

    @Test
    void create_missingSourceBranch_400TF401398() {
        JsonObject error = Raw.json(raw.post(PRS, "{\"sourceRefName\":\"refs/heads/nope\","
                + "\"targetRefName\":\"refs/heads/main\",\"title\":\"x\"}"), 400);

        assertThat(error.string("message")).hasValueSatisfying(m -> assertThat(m).startsWith("TF401398"));
    }

    @Test
    void create_blankTitle_400() {
        Raw.json(raw.post(PRS, "{\"sourceRefName\":\"refs/heads/feature/login\","
                + "\"targetRefName\":\"refs/heads/main\",\"title\":\"  \"}"), 400);

        assertThat(Raw.value(raw.json(PRS, 200)).size()).isZero();
    }

    @Test
    void create_unknownRepository_404TF401019() {
        JsonObject error = Raw.json(raw.post("/Fabrikam-Fiber-Git/_apis/git/repositories/nope/pullrequests",
                "{\"sourceRefName\":\"refs/heads/a\",\"targetRefName\":\"refs/heads/b\",\"title\":\"x\"}"), 404);

        assertThat(error.string("message")).hasValueSatisfying(m -> assertThat(m).startsWith("TF401019"));
    }

    @Test
    void get_unknownId_404TF401180() {
        JsonObject error = Raw.json(raw.get(PRS + "/999"), 404);

        assertThat(error.string("message")).hasValueSatisfying(m -> assertThat(m).startsWith("TF401180"));
        assertThat(error.string("typeKey")).contains("GitPullRequestNotFoundException");
    }

    @Test
    void get_byIdAcrossProject_found() {
        JsonObject pr = openLogin();

        JsonObject got = raw.json("/Fabrikam-Fiber-Git/_apis/git/pullrequests/" + pr.get("pullRequestId").toJson(),
                200);

        assertThat(got.string("title")).contains("Login");
    }

    @Test
    void get_byIdInOtherProject_404() {
        JsonObject pr = openLogin();

        Raw.json(raw.get("/Contoso-Web/_apis/git/pullrequests/" + pr.get("pullRequestId").toJson()), 404);
    }

    @Test
    void list_filtersByStatusTargetCreatorAndReviewer() {
        String grace = userId("Grace Hopper");
        push("refs/heads/topic", ZERO, "add", "/topic.txt", "t");
        JsonObject login = openLogin();
        open("{\"sourceRefName\":\"refs/heads/topic\",\"targetRefName\":\"refs/heads/feature/login\","
                + "\"title\":\"Topic\",\"reviewers\":[{\"id\":\"" + grace + "\"}]}");
        patch(pr(login), "{\"status\":\"abandoned\"}", 200);

        assertThat(titles(PRS)).containsExactly("Topic");
        assertThat(titles(PRS + "?searchCriteria.status=all")).containsExactly("Topic", "Login");
        assertThat(titles(PRS + "?searchCriteria.status=abandoned")).containsExactly("Login");
        assertThat(titles(PRS + "?searchCriteria.status=all&searchCriteria.targetRefName=refs/heads/main"))
                .containsExactly("Login");
        assertThat(titles(PRS + "?searchCriteria.reviewerId=" + grace)).containsExactly("Topic");
        assertThat(titles(PRS + "?searchCriteria.creatorId=" + grace)).isEmpty();
        assertThat(titles("/Fabrikam-Fiber-Git/_apis/git/pullrequests?searchCriteria.status=all&$top=1&$skip=1"))
                .containsExactly("Login");
    }

    private java.util.List<String> titles(String path) {
        return Raw.value(raw.json(path, 200)).values().stream()
                .map(v -> ((JsonObject) v).string("title").orElseThrow()).toList();
    }

    private static final String ZERO = "0".repeat(40);

    // ---- update, abandon, reactivate ----

    @Test
    void update_titleDescriptionDraft_changed() {
        JsonObject pr = openLogin();

        JsonObject updated = patch(pr(pr), "{\"title\":\"New\",\"description\":\"D\",\"isDraft\":true}", 200);

        assertThat(updated.string("title")).contains("New");
        assertThat(updated.string("description")).contains("D");
        assertThat(updated.get("isDraft").toJson()).isEqualTo("true");
    }

    @Test
    void abandon_thenReactivate_activeAgain() {
        JsonObject pr = openLogin();

        assertThat(patch(pr(pr), "{\"status\":\"abandoned\"}", 200).string("status")).contains("abandoned");
        assertThat(patch(pr(pr), "{\"status\":\"active\"}", 200).string("status")).contains("active");
    }

    @Test
    void complete_abandoned_400TF401181AndNothingChanges() {
        JsonObject pr = openLogin();
        String main = ref("refs/heads/main");
        patch(pr(pr), "{\"status\":\"abandoned\"}", 200);

        JsonObject error = patch(pr(pr), "{\"status\":\"completed\"}", 400);

        assertThat(error.string("message")).hasValueSatisfying(m -> assertThat(m).startsWith("TF401181"));
        assertThat(raw.json(pr(pr), 200).string("status")).contains("abandoned");
        assertThat(ref("refs/heads/main")).isEqualTo(main);
    }

    // ---- completion ----

    @Test
    void complete_requiredReviewerNotApproved_409AndTargetUnchanged() {
        String grace = userId("Grace Hopper");
        JsonObject pr = open("{\"sourceRefName\":\"refs/heads/feature/login\",\"targetRefName\":\"refs/heads/main\","
                + "\"title\":\"Login\",\"reviewers\":[{\"id\":\"" + grace + "\",\"isRequired\":true}]}");
        String main = ref("refs/heads/main");

        JsonObject error = patch(pr(pr), "{\"status\":\"completed\"}", 409);

        assertThat(error.string("message")).hasValueSatisfying(m -> assertThat(m).contains("required reviewer"));
        assertThat(ref("refs/heads/main")).isEqualTo(main);
        assertThat(raw.json(pr(pr), 200).string("status")).contains("active");
    }

    @Test
    void complete_squashAfterApproval_targetHasChangeSourceDeleted() {
        String grace = userId("Grace Hopper");
        JsonObject pr = open("{\"sourceRefName\":\"refs/heads/feature/login\",\"targetRefName\":\"refs/heads/main\","
                + "\"title\":\"Login\",\"reviewers\":[{\"id\":\"" + grace + "\",\"isRequired\":true}]}");
        String main = ref("refs/heads/main");
        Raw.json(raw.send("PUT", pr(pr) + "/reviewers/" + grace, "{\"vote\":10}"), 200);

        JsonObject done = patch(pr(pr), "{\"status\":\"completed\",\"completionOptions\":{\"mergeStrategy\":"
                + "\"squash\",\"deleteSourceBranch\":true}}", 200);

        assertThat(done.string("status")).contains("completed");
        JsonObject head = raw.json(REPO + "/commits/" + ref("refs/heads/main"), 200);
        assertThat(((JsonArray) head.get("parents")).values()).extracting(JsonValue::toJson)
                .containsExactly("\"" + main + "\"");
        raw.json(REPO + "/items?path=/src/app/Login.java", 200);
        assertThat(emulator.git().ref("Fabrikam-Fiber-Git", "Fabrikam-Fiber-Git", "refs/heads/feature/login"))
                .isEmpty();
    }

    @Test
    void complete_defaultStrategy_mergeCommitWithTwoParents() {
        JsonObject pr = openLogin();
        String login = ref("refs/heads/feature/login");

        patch(pr(pr), "{\"status\":\"completed\"}", 200);

        JsonObject head = raw.json(REPO + "/commits/" + ref("refs/heads/main"), 200);
        assertThat(((JsonArray) head.get("parents")).values()).extracting(JsonValue::toJson)
                .contains("\"" + login + "\"").hasSize(2);
    }

    @Test
    void complete_rebase_linearHistoryWithoutMergeCommit() {
        String main = ref("refs/heads/main");
        JsonObject pr = openLogin();

        patch(pr(pr), "{\"status\":\"completed\",\"completionOptions\":{\"mergeStrategy\":\"rebase\"}}", 200);

        JsonObject head = raw.json(REPO + "/commits/" + ref("refs/heads/main"), 200);
        assertThat(((JsonArray) head.get("parents")).values()).extracting(JsonValue::toJson)
                .containsExactly("\"" + main + "\"");
        assertThat(head.string("comment")).hasValueSatisfying(c -> assertThat(c).doesNotStartWith("Merged PR"));
    }

    @Test
    void complete_rebaseMerge_mergeCommitOverRebasedCommits() {
        String main = ref("refs/heads/main");
        JsonObject pr = openLogin();

        patch(pr(pr), "{\"status\":\"completed\",\"completionOptions\":{\"mergeStrategy\":\"rebaseMerge\"}}", 200);

        JsonObject head = raw.json(REPO + "/commits/" + ref("refs/heads/main"), 200);
        JsonArray parents = (JsonArray) head.get("parents");
        assertThat(parents.values()).hasSize(2);
        assertThat(parents.get(0).toJson()).isEqualTo("\"" + main + "\"");
        JsonObject rebased = raw.json(REPO + "/commits/" + ((ado.core.json.JsonString) parents.get(1)).value(), 200);
        assertThat(((JsonArray) rebased.get("parents")).get(0).toJson()).isEqualTo("\"" + main + "\"");
    }

    @Test
    void complete_conflict_409MergeStatusConflictsTargetUnchanged() {
        String main = ref("refs/heads/main");
        push("refs/heads/feature/login", ref("refs/heads/feature/login"), "edit", "/README.md", "login side");
        push("refs/heads/main", main, "edit", "/README.md", "main side");
        String newMain = ref("refs/heads/main");
        JsonObject pr = openLogin();
        assertThat(pr.string("mergeStatus")).contains("conflicts");

        JsonObject error = patch(pr(pr), "{\"status\":\"completed\"}", 409);

        assertThat(error.string("message")).hasValueSatisfying(m -> assertThat(m).contains("/README.md"));
        assertThat(ref("refs/heads/main")).isEqualTo(newMain);
    }

    @Test
    void autoComplete_completesOnceRequiredReviewerApproves() {
        String grace = userId("Grace Hopper");
        String me = userId("Ada Lovelace");
        JsonObject pr = open("{\"sourceRefName\":\"refs/heads/feature/login\",\"targetRefName\":\"refs/heads/main\","
                + "\"title\":\"Login\",\"reviewers\":[{\"id\":\"" + grace + "\",\"isRequired\":true}]}");

        JsonObject set = patch(pr(pr), "{\"autoCompleteSetBy\":{\"id\":\"" + me + "\"},\"completionOptions\":"
                + "{\"mergeStrategy\":\"squash\"}}", 200);
        assertThat(set.string("status")).contains("active");
        Raw.json(raw.send("PUT", pr(pr) + "/reviewers/" + grace, "{\"vote\":5}"), 200);

        assertThat(raw.json(pr(pr), 200).string("status")).contains("completed");
    }

    // ---- iterations, commits, changes ----

    @Test
    void pushToSource_addsIterationWithChanges() {
        JsonObject pr = openLogin();
        push("refs/heads/feature/login", ref("refs/heads/feature/login"), "add", "/src/app/Logout.java", "x");

        JsonObject iterations = raw.json(pr(pr) + "/iterations", 200);
        JsonObject changes = raw.json(pr(pr) + "/iterations/2/changes?$compareTo=1", 200);
        JsonObject all = raw.json(pr(pr) + "/iterations/2/changes", 200);

        assertThat(Raw.value(iterations).size()).isEqualTo(2);
        assertThat(((JsonArray) changes.get("changeEntries")).values()).hasSize(1);
        assertThat(((JsonArray) all.get("changeEntries")).values()).hasSize(2);
        assertThat(Raw.value(raw.json(pr(pr) + "/commits", 200)).size()).isEqualTo(2);
    }

    // ---- reviewers ----

    @Test
    void reviewer_addVoteDeclineRemove() {
        String alan = userId("Alan Turing");
        JsonObject pr = openLogin();

        JsonObject added = Raw.json(raw.send("PUT", pr(pr) + "/reviewers/" + alan,
                "{\"vote\":0,\"isRequired\":true}"), 200);
        JsonObject voted = Raw.json(raw.send("PUT", pr(pr) + "/reviewers/" + alan, "{\"vote\":-5}"), 200);
        JsonObject declined = patch(pr(pr) + "/reviewers/" + alan, "{\"hasDeclined\":true}", 200);

        assertThat(added.get("isRequired").toJson()).isEqualTo("true");
        assertThat(voted.get("vote").toJson()).isEqualTo("-5");
        assertThat(declined.get("hasDeclined").toJson()).isEqualTo("true");
        assertThat(raw.send("DELETE", pr(pr) + "/reviewers/" + alan, null).statusCode()).isEqualTo(200);
        assertThat(Raw.value(raw.json(pr(pr) + "/reviewers", 200)).size()).isZero();
    }

    @Test
    void reviewer_badVote_400() {
        String alan = userId("Alan Turing");
        JsonObject pr = openLogin();

        Raw.json(raw.send("PUT", pr(pr) + "/reviewers/" + alan, "{\"vote\":7}"), 400);

        assertThat(Raw.value(raw.json(pr(pr) + "/reviewers", 200)).size()).isZero();
    }

    @Test
    void reviewer_unknownIdentity_400() {
        JsonObject pr = openLogin();

        Raw.json(raw.send("PUT", pr(pr) + "/reviewers/" + java.util.UUID.randomUUID(), "{\"vote\":0}"), 400);
    }

    // ---- threads, statuses, labels, properties, work items ----

    @Test
    void thread_createReplyResolve() {
        JsonObject pr = openLogin();
        JsonObject thread = Raw.json(raw.post(pr(pr) + "/threads",
                "{\"comments\":[{\"parentCommentId\":0,\"content\":\"Hi\",\"commentType\":1}],\"status\":1}"), 200);
        String path = pr(pr) + "/threads/" + thread.get("id").toJson();

        JsonObject reply = Raw.json(raw.post(path + "/comments", "{\"content\":\"Yo\",\"parentCommentId\":1}"), 200);
        JsonObject fixed = patch(path, "{\"status\":\"fixed\"}", 200);

        assertThat(reply.get("id").toJson()).isEqualTo("2");
        assertThat(fixed.string("status")).contains("fixed");
        assertThat(((JsonArray) fixed.get("comments")).values()).hasSize(2);
        assertThat(Raw.value(raw.json(pr(pr) + "/threads", 200)).size()).isEqualTo(1);
    }

    @Test
    void status_createListDelete() {
        JsonObject pr = openLogin();
        JsonObject status = Raw.json(raw.post(pr(pr) + "/statuses", "{\"state\":\"succeeded\",\"context\":"
                + "{\"name\":\"ci\",\"genre\":\"build\"}}"), 200);

        assertThat(Raw.value(raw.json(pr(pr) + "/statuses", 200)).size()).isEqualTo(1);
        assertThat(raw.send("DELETE", pr(pr) + "/statuses/" + status.get("id").toJson(), null).statusCode())
                .isEqualTo(204);
        assertThat(Raw.value(raw.json(pr(pr) + "/statuses", 200)).size()).isZero();
    }

    @Test
    void status_badStateOrMissingContext_400AndNothingStored() {
        JsonObject pr = openLogin();

        Raw.json(raw.post(pr(pr) + "/statuses", "{\"state\":\"sideways\",\"context\":{\"name\":\"ci\"}}"), 400);
        Raw.json(raw.post(pr(pr) + "/statuses", "{\"state\":\"succeeded\"}"), 400);
        Raw.json(raw.post(pr(pr) + "/statuses", "{\"state\":\"succeeded\",\"context\":{\"genre\":\"ci\"}}"), 400);

        assertThat(Raw.value(raw.json(pr(pr) + "/statuses", 200)).size()).isZero();
    }

    @Test
    void label_addListRemove() {
        JsonObject pr = openLogin();

        JsonObject label = Raw.json(raw.post(pr(pr) + "/labels", "{\"name\":\"urgent\"}"), 200);

        assertThat(label.string("name")).contains("urgent");
        assertThat(Raw.value(raw.json(pr(pr) + "/labels", 200)).size()).isEqualTo(1);
        assertThat(raw.send("DELETE", pr(pr) + "/labels/urgent", null).statusCode()).isEqualTo(204);
        assertThat(Raw.value(raw.json(pr(pr) + "/labels", 200)).size()).isZero();
    }

    @Test
    void label_onlySpaces_400AndNoLabel() {
        JsonObject pr = openLogin();

        JsonObject error = Raw.json(raw.post(pr(pr) + "/labels", "{\"name\":\"   \"}"), 400);

        assertThat(error.string("message")).hasValueSatisfying(m -> assertThat(m).contains("white space"));
        assertThat(Raw.value(raw.json(pr(pr) + "/labels", 200)).size()).isZero();
    }

    @Test
    void properties_patchAddReplaceRemove() {
        JsonObject pr = openLogin();
        String path = pr(pr) + "/properties";

        patch(path, "[{\"op\":\"add\",\"path\":\"/a\",\"value\":1},{\"op\":\"add\",\"path\":\"/b\",\"value\":\"x\"}]",
                200);
        JsonObject after = patch(path, "[{\"op\":\"replace\",\"path\":\"/a\",\"value\":2},"
                + "{\"op\":\"remove\",\"path\":\"/b\"}]", 200);

        JsonObject value = (JsonObject) after.get("value");
        assertThat(((JsonObject) value.get("a")).string("$value")).contains("2");
        assertThat(value.has("b")).isFalse();
        assertThat(value.has("Microsoft.Git.PullRequest.SourceRefName")).isTrue();
    }

    @Test
    void properties_removeMissing_400AndNothingChanges() {
        JsonObject pr = openLogin();
        String path = pr(pr) + "/properties";

        patch(path, "[{\"op\":\"add\",\"path\":\"/a\",\"value\":1},{\"op\":\"remove\",\"path\":\"/zzz\"}]", 400);

        assertThat(((JsonObject) raw.json(path, 200).get("value")).has("a")).isFalse();
    }

    @Test
    void workItems_linkedAtCreation_listed() {
        JsonObject pr = open("{\"sourceRefName\":\"refs/heads/feature/login\",\"targetRefName\":\"refs/heads/main\","
                + "\"title\":\"Login\",\"workItemRefs\":[{\"id\":\"42\"}]}");

        JsonObject items = raw.json(pr(pr) + "/workitems", 200);

        assertThat(Raw.at(items, 0, "id")).isEqualTo("42");
    }

    @Test
    void subResource_unknownThread_404() {
        JsonObject pr = openLogin();

        Raw.json(raw.get(pr(pr) + "/threads/77"), 404);
    }

    @Test
    void workItemArtifactLink_linksBothSides() {
        JsonObject pr = openLogin();
        String artifact = pr.string("artifactId").orElseThrow();

        String id = Raw.json(raw.post("/Fabrikam-Fiber-Git/_apis/wit/workitems/$Task", "[{\"op\":\"add\","
                + "\"path\":\"/fields/System.Title\",\"value\":\"Login\"}]"), 200).get("id").toJson();

        JsonObject workItem = patch("/Fabrikam-Fiber-Git/_apis/wit/workitems/" + id, "[{\"op\":\"add\",\"path\":"
                + "\"/relations/-\",\"value\":{\"rel\":\"ArtifactLink\",\"url\":\"" + artifact + "\"}}]", 200);

        assertThat(((JsonObject) ((JsonArray) workItem.get("relations")).get(0)).string("url")).contains(artifact);
        assertThat(Raw.at(raw.json(pr(pr) + "/workitems", 200), 0, "id")).isEqualTo(id);
    }

    @Test
    void workItemArtifactLink_removed_unlistedOnPullRequest() {
        JsonObject pr = openLogin();
        String artifact = pr.string("artifactId").orElseThrow();
        String id = Raw.json(raw.post("/Fabrikam-Fiber-Git/_apis/wit/workitems/$Task", "[{\"op\":\"add\","
                + "\"path\":\"/fields/System.Title\",\"value\":\"Login\"},{\"op\":\"add\",\"path\":"
                + "\"/relations/-\",\"value\":{\"rel\":\"ArtifactLink\",\"url\":\"" + artifact + "\"}}]"), 200)
                .get("id").toJson();

        patch("/Fabrikam-Fiber-Git/_apis/wit/workitems/" + id, "[{\"op\":\"remove\",\"path\":\"/relations/0\"}]",
                200);

        assertThat(Raw.value(raw.json(pr(pr) + "/workitems", 200)).values()).isEmpty();
    }

    @Test
    void complete_twoConcurrently_exactlyOneMergesAndTargetMovesOnce() throws Exception {
        JsonObject pr = openLogin();
        String main = ref("refs/heads/main");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        var go = new java.util.concurrent.CountDownLatch(1);
        try {
            var results = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return raw.send("PATCH", pr(pr), "{\"status\":\"completed\"}").statusCode();
                }));
            }
            go.countDown();
            var codes = new java.util.ArrayList<Integer>();
            for (var f : results) {
                codes.add(f.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }

            assertThat(codes).containsExactlyInAnyOrder(200, 400);
        } finally {
            pool.shutdownNow();
        }
        JsonObject head = raw.json(REPO + "/commits/" + ref("refs/heads/main"), 200);
        assertThat(((JsonArray) head.get("parents")).get(0).toJson()).isEqualTo("\"" + main + "\"");
    }
}
