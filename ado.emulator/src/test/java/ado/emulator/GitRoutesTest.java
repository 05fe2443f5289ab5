package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GitRoutesTest {

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

    // ---- repositories ----

    @Test
    void repositories_inProject_listedByName() {
        JsonObject list = raw.json("/Fabrikam-Fiber-Git/_apis/git/repositories", 200);

        assertThat(names(list)).containsExactly("AnotherRepository", "Fabrikam-Fiber-Git");
    }

    @Test
    void repositories_orgLevel_listsAll() {
        assertThat(names(raw.json("/_apis/git/repositories", 200))).hasSize(3);
    }

    @Test
    void repository_byIdWithoutProject_found() {
        String id = emulator.git().repositoryId("Fabrikam-Fiber-Git", "Fabrikam-Fiber-Git");

        JsonObject repo = raw.json("/_apis/git/repositories/" + id, 200);

        assertThat(repo.string("defaultBranch")).contains("refs/heads/main");
        assertThat(repo.has("_links")).isTrue();
    }

    @Test
    void repository_unknown_gets404TF401019() {
        JsonObject error = Raw.json(raw.get("/Fabrikam-Fiber-Git/_apis/git/repositories/nope"), 404);

        assertThat(error.string("message")).hasValueSatisfying(m -> assertThat(m).startsWith("TF401019"));
        assertThat(error.string("typeKey")).contains("GitRepositoryNotFoundException");
    }

    @Test
    void repository_inUnknownProject_gets404TF200016() {
        JsonObject error = Raw.json(raw.get("/Nope/_apis/git/repositories/Fabrikam-Fiber-Git"), 404);

        assertThat(error.string("message")).hasValueSatisfying(m -> assertThat(m).startsWith("TF200016"));
    }

    @Test
    void repository_create_201ThenDuplicate409() {
        HttpResponse<String> created = raw.post("/Contoso-Web/_apis/git/repositories", "{\"name\":\"docs\"}");
        HttpResponse<String> again = raw.post("/Contoso-Web/_apis/git/repositories", "{\"name\":\"docs\"}");

        assertThat(Raw.json(created, 201).string("name")).contains("docs");
        assertThat(Raw.json(created, 201).has("defaultBranch")).isFalse();
        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    void repository_createWithProjectInBody_201() {
        String projectId = raw.json("/_apis/projects/Contoso-Web", 200).string("id").orElseThrow();

        HttpResponse<String> r = raw.post("/_apis/git/repositories",
                "{\"name\":\"api\",\"project\":{\"id\":\"" + projectId + "\"}}");

        assertThat(r.statusCode()).isEqualTo(201);
    }

    @Test
    void repository_createWithBadJson_gets400() {
        assertThat(raw.post("/Contoso-Web/_apis/git/repositories", "{name").statusCode()).isEqualTo(400);
    }

    // ---- refs ----

    @Test
    void refs_filterHeads_listsBranchesOnly() {
        assertThat(names(raw.json(REPO + "/refs?filter=heads/", 200)))
                .containsExactly("refs/heads/feature/login", "refs/heads/main");
    }

    @Test
    void refs_filterContains_matchesSubstring() {
        assertThat(names(raw.json(REPO + "/refs?filterContains=login", 200)))
                .containsExactly("refs/heads/feature/login");
    }

    @Test
    void refs_peelTags_addsPeeledIdForAnnotatedTag() {
        JsonObject tags = raw.json(REPO + "/refs?filter=tags/&peelTags=true", 200);

        JsonObject v11 = (JsonObject) Raw.value(tags).get(1);
        assertThat(v11.string("name")).contains("refs/tags/v1.1");
        assertThat(v11.string("peeledObjectId")).isEqualTo(emulator.git().ref("Fabrikam-Fiber-Git",
                "Fabrikam-Fiber-Git", "refs/heads/main"));
    }

    @Test
    void refs_top_pagesWithContinuationToken() {
        HttpResponse<String> first = raw.get(REPO + "/refs?$top=3");
        String token = first.headers().firstValue("x-ms-continuationtoken").orElseThrow();

        HttpResponse<String> second = raw.get(REPO + "/refs?$top=3&continuationToken=" + token);

        assertThat(names(Raw.json(first, 200))).hasSize(3);
        assertThat(names(Raw.json(second, 200))).containsExactly("refs/tags/v1.1");
        assertThat(second.headers().firstValue("x-ms-continuationtoken")).isEmpty();
    }

    @Test
    void refs_update_createsAndDeletes() {
        String main = head("refs/heads/main");

        JsonObject created = Raw.json(raw.post(REPO + "/refs", "[{\"name\":\"refs/heads/x\",\"oldObjectId\":\""
                + ZERO + "\",\"newObjectId\":\"" + main + "\"}]"), 200);
        JsonObject deleted = Raw.json(raw.post(REPO + "/refs", "[{\"name\":\"refs/heads/x\",\"oldObjectId\":\""
                + main + "\",\"newObjectId\":\"" + ZERO + "\"}]"), 200);

        assertThat(Raw.at(created, 0, "updateStatus")).isEqualTo("succeeded");
        assertThat(Raw.at(deleted, 0, "updateStatus")).isEqualTo("succeeded");
        assertThat(emulator.git().ref("Fabrikam-Fiber-Git", "Fabrikam-Fiber-Git", "refs/heads/x")).isEmpty();
    }

    @Test
    void refs_updateStale_reportsStaleOldObjectId() {
        JsonObject r = Raw.json(raw.post(REPO + "/refs", "[{\"name\":\"refs/heads/main\",\"oldObjectId\":\""
                + "1".repeat(40) + "\",\"newObjectId\":\"" + head("refs/heads/feature/login") + "\"}]"), 200);

        assertThat(Raw.at(r, 0, "updateStatus")).isEqualTo("staleOldObjectId");
        assertThat(((JsonObject) Raw.value(r).get(0)).get("success").toJson()).isEqualTo("false");
    }

    // ---- pushes ----

    @Test
    void push_rawtextAndBase64_contentReadBack() {
        String body = "{\"refUpdates\":[{\"name\":\"refs/heads/main\",\"oldObjectId\":\"" + head("refs/heads/main")
                + "\"}],\"commits\":[{\"comment\":\"Add two\",\"changes\":["
                + change("add", "/notes/a.txt", "plain text", "rawtext") + ","
                + change("add", "/notes/b.bin", Base64.getEncoder().encodeToString(new byte[] {0, 1, 2}),
                "base64encoded") + "]}]}";

        JsonObject push = Raw.json(raw.post(REPO + "/pushes", body), 201);

        String commit = ((JsonObject) ((JsonArray) push.get("commits")).get(0)).string("commitId").orElseThrow();
        assertThat(head("refs/heads/main")).isEqualTo(commit);
        var text = raw.request(REPO + "/items?path=/notes/a.txt&api-version=7.1").setHeader("Accept", "text/plain");
        assertThat(Raw.send(text.build()).body()).isEqualTo("plain text");
        HttpResponse<byte[]> bin = bytes(REPO + "/items?path=/notes/b.bin&api-version=7.1");
        assertThat(bin.body()).containsExactly(0, 1, 2);
    }

    @Test
    void push_explicitAuthor_keptInCommit() {
        String body = "{\"refUpdates\":[{\"name\":\"refs/heads/main\",\"oldObjectId\":\"" + head("refs/heads/main")
                + "\"}],\"commits\":[{\"comment\":\"By Grace\",\"author\":{\"name\":\"Grace Hopper\",\"email\":"
                + "\"grace@fabrikam.example\",\"date\":\"2024-03-01T12:00:00Z\"},\"changes\":["
                + change("add", "/g.txt", "g", "rawtext") + "]}]}";

        JsonObject push = Raw.json(raw.post(REPO + "/pushes", body), 201);

        JsonObject author = (JsonObject) ((JsonObject) ((JsonArray) push.get("commits")).get(0)).get("author");
        assertThat(author.string("name")).contains("Grace Hopper");
        assertThat(author.string("date")).contains("2024-03-01T12:00:00Z");
    }

    @Test
    void push_staleOldObjectId_409AndBranchUnchanged() {
        String old = head("refs/heads/main");
        String body = "{\"refUpdates\":[{\"name\":\"refs/heads/main\",\"oldObjectId\":\"" + "2".repeat(40)
                + "\"}],\"commits\":[{\"comment\":\"x\",\"changes\":[" + change("add", "/x", "x", "rawtext") + "]}]}";

        JsonObject error = Raw.json(raw.post(REPO + "/pushes", body), 409);

        assertThat(error.string("message")).hasValueSatisfying(m -> assertThat(m).startsWith("TF401028"));
        assertThat(head("refs/heads/main")).isEqualTo(old);
    }

    @Test
    void push_twoConcurrentOverHttp_oneCreatedOneConflict() throws Exception {
        String old = head("refs/heads/main");
        var pool = Executors.newFixedThreadPool(2);
        var start = new CountDownLatch(1);
        var statuses = new ArrayList<Future<Integer>>();
        for (int i = 0; i < 2; i++) {
            String body = "{\"refUpdates\":[{\"name\":\"refs/heads/main\",\"oldObjectId\":\"" + old
                    + "\"}],\"commits\":[{\"comment\":\"c\",\"changes\":[" + change("add", "/c" + i, "c", "rawtext")
                    + "]}]}";
            statuses.add(pool.submit(() -> {
                start.await();
                return raw.post(REPO + "/pushes", body).statusCode();
            }));
        }
        start.countDown();
        var results = new ArrayList<Integer>();
        for (var f : statuses) {
            results.add(f.get());
        }
        pool.shutdown();

        assertThat(results).containsExactlyInAnyOrder(201, 409);
    }

    @Test
    void push_withoutRefUpdates_gets400() {
        assertThat(raw.post(REPO + "/pushes", "{\"commits\":[]}").statusCode()).isEqualTo(400);
    }

    @Test
    void push_unknownChangeType_gets400() {
        String body = "{\"refUpdates\":[{\"name\":\"refs/heads/main\",\"oldObjectId\":\"" + head("refs/heads/main")
                + "\"}],\"commits\":[{\"comment\":\"x\",\"changes\":[" + change("merge", "/x", "x", "rawtext")
                + "]}]}";

        assertThat(raw.post(REPO + "/pushes", body).statusCode()).isEqualTo(400);
    }

    @Test
    void pushes_listAndGet() {
        JsonObject list = raw.json(REPO + "/pushes?$top=2", 200);
        JsonObject one = raw.json(REPO + "/pushes/1", 200);

        assertThat(Raw.value(list).size()).isEqualTo(2);
        assertThat(((JsonObject) Raw.value(list).get(0)).has("refUpdates")).isFalse();
        assertThat(one.get("pushId").toJson()).isEqualTo("1");
        assertThat(raw.get(REPO + "/pushes/99").statusCode()).isEqualTo(404);
    }

    @Test
    void pushes_includeRefUpdatesForBranch_filtered() {
        JsonObject list = raw.json(REPO + "/pushes?searchCriteria.refName=refs/heads/feature/login"
                + "&searchCriteria.includeRefUpdates=true", 200);

        assertThat(Raw.value(list).size()).isEqualTo(1);
        assertThat(((JsonObject) Raw.value(list).get(0)).has("refUpdates")).isTrue();
    }

    // ---- items ----

    @Test
    void item_json_hasMetadataAndContentWhenAsked() {
        JsonObject item = raw.json(REPO + "/items?path=/README.md&includeContent=true&$format=json", 200);

        assertThat(item.string("gitObjectType")).contains("blob");
        assertThat(item.string("content")).contains("# Fabrikam Fiber\n\nA sample.\n");
        assertThat(item.string("commitId")).isEqualTo(emulator.git().ref("Fabrikam-Fiber-Git",
                "Fabrikam-Fiber-Git", "refs/heads/main"));
    }

    @Test
    void item_atTagAndCommit_resolvesVersion() {
        String v10 = head("refs/tags/v1.0");

        JsonObject byTag = raw.json(REPO + "/items?path=/src/app/Main.java&versionDescriptor.version=v1.1"
                + "&versionDescriptor.versionType=tag", 200);
        JsonObject byCommit = raw.json(REPO + "/items?path=/README.md&versionDescriptor.version=" + v10
                + "&versionDescriptor.versionType=commit", 200);

        assertThat(byTag.string("commitId")).isEqualTo(emulator.git().ref("Fabrikam-Fiber-Git",
                "Fabrikam-Fiber-Git", "refs/heads/main"));
        assertThat(byCommit.string("commitId")).contains(v10);
    }

    @Test
    void item_onBranch_seesBranchFiles() {
        assertThat(raw.get(REPO + "/items?path=/src/app/Login.java&versionDescriptor.version=feature/login")
                .statusCode()).isEqualTo(200);
        assertThat(raw.get(REPO + "/items?path=/src/app/Login.java").statusCode()).isEqualTo(404);
    }

    @Test
    void item_missing_gets404TF401174() {
        JsonObject error = Raw.json(raw.get(REPO + "/items?path=/nope.txt"), 404);

        assertThat(error.string("message")).hasValueSatisfying(m -> assertThat(m).startsWith("TF401174"));
    }

    @Test
    void item_unknownBranch_gets404TF401175() {
        JsonObject error = Raw.json(raw.get(REPO + "/items?path=/README.md&versionDescriptor.version=nope"), 404);

        assertThat(error.string("message")).hasValueSatisfying(m -> assertThat(m).startsWith("TF401175"));
    }

    @Test
    void items_oneLevel_listsFolderAndChildren() {
        JsonObject list = raw.json(REPO + "/items?scopePath=/src/app&recursionLevel=OneLevel", 200);

        assertThat(paths(list)).containsExactly("/src/app", "/src/app/Main.java", "/src/app/util");
    }

    @Test
    void items_full_listsEverythingBelow() {
        JsonObject list = raw.json(REPO + "/items?scopePath=/src&recursionLevel=Full", 200);

        assertThat(paths(list)).containsExactly("/src", "/src/app", "/src/app/Main.java", "/src/app/util",
                "/src/app/util/Strings.java");
    }

    @Test
    void items_emptyRepository_gets404() {
        assertThat(raw.get("/Fabrikam-Fiber-Git/_apis/git/repositories/AnotherRepository/items?path=/")
                .statusCode()).isEqualTo(404);
    }

    // ---- commits ----

    @Test
    void commits_default_newestFirstWithChangeCounts() {
        JsonObject list = raw.json(REPO + "/commits", 200);

        assertThat(comments(list)).containsExactly("Print a greeting\n", "Add string helpers\n", "Initial commit\n");
        assertThat(((JsonObject) Raw.value(list).get(2)).get("changeCounts").toJson())
                .isEqualTo("{\"Add\":3,\"Edit\":0,\"Delete\":0}");
    }

    @Test
    void commits_topAndSkip_page() {
        assertThat(comments(raw.json(REPO + "/commits?searchCriteria.$top=1&searchCriteria.$skip=1", 200)))
                .containsExactly("Add string helpers\n");
        assertThat(comments(raw.json(REPO + "/commits?$top=1&$skip=2", 200))).containsExactly("Initial commit\n");
    }

    @Test
    void commits_byAuthor_filtered() {
        assertThat(comments(raw.json(REPO + "/commits?searchCriteria.author=Grace", 200)))
                .containsExactly("Add string helpers\n");
    }

    @Test
    void commits_byItemPath_listChangesOfThatPath() {
        JsonObject list = raw.json(REPO + "/commits?searchCriteria.itemPath=/src/app/Main.java", 200);

        assertThat(comments(list)).containsExactly("Print a greeting\n", "Initial commit\n");
        assertThat(((JsonObject) Raw.value(list).get(0)).get("changes").toJson())
                .isEqualTo("[{\"sourceServerItem\":\"/src/app/Main.java\",\"changeType\":\"edit\"}]");
    }

    @Test
    void commits_inDateRange_filteredUsFormat() {
        JsonObject list = raw.json(REPO + "/commits?searchCriteria.fromDate=1/2/2024%2012:00:00%20AM"
                + "&searchCriteria.toDate=2024-01-02T23:59:59Z", 200);

        assertThat(comments(list)).containsExactly("Add string helpers\n");
    }

    @Test
    void commits_onBranchExcludingCompareVersion_onlyBranchCommits() {
        JsonObject list = raw.json(REPO + "/commits?searchCriteria.itemVersion.version=feature/login"
                + "&searchCriteria.compareVersion.version=main", 200);

        assertThat(comments(list)).containsExactly("Add a login page\n");
    }

    @Test
    void commits_badDate_gets400() {
        assertThat(raw.get(REPO + "/commits?searchCriteria.fromDate=yesterday").statusCode()).isEqualTo(400);
    }

    @Test
    void commit_get_hasParentsTreePushAndChanges() {
        String main = head("refs/heads/main");

        JsonObject c = raw.json(REPO + "/commits/" + main + "?changeCount=10", 200);

        assertThat(((JsonArray) c.get("parents")).size()).isEqualTo(1);
        assertThat(c.has("treeId")).isTrue();
        assertThat(((JsonObject) c.get("push")).get("pushId").toJson()).isEqualTo("3");
        assertThat(((JsonArray) c.get("changes")).size()).isEqualTo(1);
    }

    @Test
    void commit_unknown_gets404() {
        assertThat(raw.get(REPO + "/commits/" + "4".repeat(40)).statusCode()).isEqualTo(404);
    }

    @Test
    void pushCommits_listsCommitsOfPush() {
        assertThat(comments(raw.json(REPO + "/commits?searchCriteria.pushId=1", 200)))
                .containsExactly("Initial commit\n");
        assertThat(comments(raw.json(REPO + "/pushes/2/commits", 200))).containsExactly("Add string helpers\n");
    }

    // ---- diffs and stats ----

    @Test
    void diff_branches_fromCommonCommitWithAheadBehind() {
        JsonObject diff = raw.json(REPO + "/diffs/commits?baseVersion=main&targetVersion=feature/login", 200);

        assertThat(diff.get("aheadCount").toJson()).isEqualTo("1");
        assertThat(diff.get("behindCount").toJson()).isEqualTo("1");
        assertThat(diff.string("commonCommit")).contains(head("refs/tags/v1.0"));
        assertThat(diff.get("allChangesIncluded").toJson()).isEqualTo("true");
        assertThat(((JsonArray) diff.get("changes")).values()).extracting(v -> ((JsonObject) ((JsonObject) v)
                .get("item")).string("path").orElseThrow()).containsExactly("/src", "/src/app", "/src/app/Login.java");
    }

    @Test
    void diff_paged_reportsNotAllIncluded() {
        String first = "baseVersionDescriptor.version=" + firstCommit() + "&baseVersionDescriptor.versionType=commit"
                + "&targetVersionDescriptor.version=main";

        JsonObject page1 = raw.json(REPO + "/diffs/commits?" + first + "&$top=2", 200);
        JsonObject page2 = raw.json(REPO + "/diffs/commits?" + first + "&$top=2&$skip=4", 200);

        assertThat(page1.get("allChangesIncluded").toJson()).isEqualTo("false");
        assertThat(((JsonArray) page1.get("changes")).size()).isEqualTo(2);
        assertThat(page2.get("allChangesIncluded").toJson()).isEqualTo("true");
        assertThat(page1.get("changeCounts").toJson()).isEqualTo("{\"Edit\":4,\"Add\":2}");
    }

    @Test
    void diff_missingTarget_gets400() {
        assertThat(raw.get(REPO + "/diffs/commits?baseVersion=main").statusCode()).isEqualTo(400);
    }

    @Test
    void stats_branch_aheadBehindOfDefault() {
        JsonObject stat = raw.json(REPO + "/stats/branches?name=feature/login", 200);

        assertThat(stat.get("aheadCount").toJson()).isEqualTo("1");
        assertThat(stat.get("behindCount").toJson()).isEqualTo("1");
        assertThat(stat.get("isBaseVersion").toJson()).isEqualTo("false");
        assertThat(Raw.value(raw.json(REPO + "/stats/branches", 200)).size()).isEqualTo(2);
    }

    // ---- annotated tags and ACLs ----

    @Test
    void annotatedTag_createThenGet() {
        String main = head("refs/heads/main");

        JsonObject created = Raw.json(raw.post(REPO + "/annotatedtags", "{\"name\":\"v2.0\",\"message\":\"Two\","
                + "\"taggedObject\":{\"objectId\":\"" + main + "\"}}"), 201);
        String id = created.string("objectId").orElseThrow();

        JsonObject read = raw.json(REPO + "/annotatedtags/" + id, 200);
        assertThat(read.string("message")).contains("Two\n");
        assertThat(((JsonObject) read.get("taggedObject")).string("objectId")).contains(main);
        assertThat(head("refs/tags/v2.0")).isEqualTo(id);
    }

    @Test
    void annotatedTag_ofLightweightTag_gets404() {
        assertThat(raw.get(REPO + "/annotatedtags/" + head("refs/tags/v1.0")).statusCode()).isEqualTo(404);
    }

    @Test
    void annotatedTag_existingName_gets409() {
        HttpResponse<String> r = raw.post(REPO + "/annotatedtags", "{\"name\":\"v1.0\",\"message\":\"x\","
                + "\"taggedObject\":{\"objectId\":\"" + head("refs/heads/main") + "\"}}");

        assertThat(r.statusCode()).isEqualTo(409);
    }

    @Test
    void acl_gitNamespaceRepoToken_returnsEntry() {
        String projectId = raw.json("/_apis/projects/Fabrikam-Fiber-Git", 200).string("id").orElseThrow();
        String repoId = emulator.git().repositoryId("Fabrikam-Fiber-Git", "Fabrikam-Fiber-Git");

        JsonObject acls = raw.json("/_apis/accesscontrollists/2e9eb7ed-3c0a-47d4-87c1-0ffdd275fd87?token=repoV2/"
                + projectId + "/" + repoId, 200);

        assertThat(Raw.value(acls).size()).isEqualTo(1);
        assertThat(((JsonObject) Raw.value(acls).get(0)).get("acesDictionary")).isInstanceOf(JsonObject.class);
    }

    // ---- helpers ----

    private static final String ZERO = "0".repeat(40);

    private String head(String ref) {
        return emulator.git().ref("Fabrikam-Fiber-Git", "Fabrikam-Fiber-Git", ref).orElseThrow();
    }

    private String firstCommit() {
        JsonObject list = raw.json(REPO + "/commits", 200);
        return Raw.at(list, 2, "commitId");
    }

    private HttpResponse<byte[]> bytes(String path) {
        try {
            return Raw.HTTP.send(raw.request(path).setHeader("Accept", "application/octet-stream").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String change(String type, String path, String content, String contentType) {
        return "{\"changeType\":\"" + type + "\",\"item\":{\"path\":\"" + path + "\"},\"newContent\":{\"content\":\""
                + content + "\",\"contentType\":\"" + contentType + "\"}}";
    }

    private static List<String> names(JsonObject envelope) {
        return strings(envelope, "name");
    }

    private static List<String> paths(JsonObject envelope) {
        return strings(envelope, "path");
    }

    private static List<String> comments(JsonObject envelope) {
        return strings(envelope, "comment");
    }

    private static List<String> strings(JsonObject envelope, String name) {
        return Raw.value(envelope).values().stream().map(v -> ((JsonObject) v).string(name).orElseThrow()).toList();
    }

}
