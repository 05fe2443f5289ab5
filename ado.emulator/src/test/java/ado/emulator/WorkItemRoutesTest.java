package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.json.JsonArray;
import ado.core.json.JsonNull;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.junit.AdoEmulatorExtension;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AdoEmulatorExtension.class)
class WorkItemRoutesTest {

    private static final String P = "/Fabrikam-Fiber-Git/_apis/wit";
    private Raw raw;

    @BeforeEach
    void setUp(AdoEmulator emulator) {
        raw = new Raw(emulator);
    }

    private JsonObject create(String type, String patch) {
        return Raw.json(raw.post(P + "/workitems/$" + type, patch), 200);
    }

    private JsonObject task(String title) {
        return create("Task", "[{\"op\":\"add\",\"path\":\"/fields/System.Title\",\"value\":\"" + title + "\"}]");
    }

    private static int id(JsonObject item) {
        return Integer.parseInt(item.get("id").toJson());
    }

    private static JsonObject fields(JsonObject item) {
        return (JsonObject) item.get("fields");
    }

    private HttpResponse<String> patch(int id, String patch) {
        return raw.send("PATCH", P + "/workitems/" + id, patch);
    }

    private JsonObject read(int id) {
        return raw.json(P + "/workitems/" + id, 200);
    }

    private static String message(HttpResponse<String> response) {
        return ((JsonObject) JsonValue.parse(response.body())).string("message").orElseThrow();
    }

    @Test
    void create_task_firstRevisionWithProcessDefaults() {
        JsonObject item = task("Write docs");

        assertThat(item.get("rev").toJson()).isEqualTo("1");
        assertThat(fields(item).string("System.State")).contains("New");
        assertThat(fields(item).string("System.AreaPath")).contains("Fabrikam-Fiber-Git");
        assertThat(fields(item).string("System.WorkItemType")).contains("Task");
        assertThat(((JsonObject) fields(item).get("System.CreatedBy")).string("displayName")).contains("Ada Lovelace");
    }

    @Test
    void create_unknownType_404() {
        HttpResponse<String> r = raw.post(P + "/workitems/$Spaceship", "[{\"op\":\"add\",\"path\":"
                + "\"/fields/System.Title\",\"value\":\"x\"}]");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(message(r)).startsWith("VS402323");
    }

    @Test
    void update_staleRev_412AndUnchanged() {
        int id = id(task("Stale"));
        patch(id, "[{\"op\":\"add\",\"path\":\"/fields/System.Title\",\"value\":\"Second\"}]");

        HttpResponse<String> r = patch(id, "[{\"op\":\"test\",\"path\":\"/rev\",\"value\":1},"
                + "{\"op\":\"add\",\"path\":\"/fields/System.Title\",\"value\":\"Lost\"}]");

        assertThat(r.statusCode()).isEqualTo(412);
        assertThat(message(r)).contains("/rev");
        assertThat(fields(read(id)).string("System.Title")).contains("Second");
    }

    @Test
    void update_unknownField_TF51535AndUnchanged() {
        int id = id(task("Unknown field"));

        HttpResponse<String> r = patch(id, "[{\"op\":\"add\",\"path\":\"/fields/System.Title\",\"value\":\"New\"},"
                + "{\"op\":\"add\",\"path\":\"/fields/Custom.Nope\",\"value\":1}]");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(message(r)).isEqualTo("TF51535: Cannot find field Custom.Nope.");
        assertThat(read(id).get("rev").toJson()).isEqualTo("1");
        assertThat(fields(read(id)).string("System.Title")).contains("Unknown field");
    }

    @Test
    void create_title256_ruleError() {
        HttpResponse<String> r = raw.post(P + "/workitems/$Task", "[{\"op\":\"add\",\"path\":"
                + "\"/fields/System.Title\",\"value\":\"" + "x".repeat(256) + "\"}]");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(message(r)).isEqualTo("TF401320: Rule Error for field Title. Error code: InvalidTooLong.");
    }

    @Test
    void create_withoutTitle_ruleError() {
        HttpResponse<String> r = raw.post(P + "/workitems/$Task", "[{\"op\":\"add\",\"path\":"
                + "\"/fields/System.Description\",\"value\":\"no title\"}]");

        assertThat(message(r)).startsWith("TF401320: Rule Error for field Title.");
    }

    @Test
    void update_missingIteration_TF401347AndUnchanged() {
        int id = id(task("Iteration"));

        HttpResponse<String> r = patch(id, "[{\"op\":\"add\",\"path\":\"/fields/System.IterationPath\","
                + "\"value\":\"Fabrikam-Fiber-Git\\\\Sprint 99\"}]");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(message(r)).isEqualTo("TF401347: Invalid tree name given for work item " + id
                + ", field 'System.IterationPath'.");
        assertThat(fields(read(id)).string("System.IterationPath")).contains("Fabrikam-Fiber-Git");
    }

    @Test
    void update_existingIteration_stored() {
        int id = id(task("Sprint"));

        JsonObject r = Raw.json(patch(id, "[{\"op\":\"add\",\"path\":\"/fields/System.IterationPath\","
                + "\"value\":\"Fabrikam-Fiber-Git\\\\Sprint 2\"}]"), 200);

        assertThat(fields(r).string("System.IterationPath")).contains("Fabrikam-Fiber-Git\\Sprint 2");
    }

    @Test
    void update_invalidTransition_ruleErrorAndUnchanged() {
        // the process allows any move but these two: out of Removed except to the initial state, and from a
        // completed state (Closed) to Removed
        int id = id(task("Crash"));
        Raw.json(patch(id, "[{\"op\":\"add\",\"path\":\"/fields/System.State\",\"value\":\"Closed\"}]"), 200);

        HttpResponse<String> r = patch(id, "[{\"op\":\"add\",\"path\":\"/fields/System.State\",\"value\":\"Removed\"}]");

        assertThat(message(r)).isEqualTo("TF401320: Rule Error for field State. Error code: InvalidListValue.");
        assertThat(fields(read(id)).string("System.State")).contains("Closed");
    }

    @Test
    void update_stateChange_setsReasonAndClosedDate() {
        int id = id(task("Close me"));

        JsonObject r = Raw.json(patch(id, "[{\"op\":\"add\",\"path\":\"/fields/System.State\",\"value\":\"closed\"}]"),
                200);

        assertThat(fields(r).string("System.State")).contains("Closed");
        assertThat(fields(r).has("Microsoft.VSTS.Common.ClosedDate")).isTrue();
    }

    @Test
    void tags_trimmedDeduplicatedFirstCasingKept_listedForProject() {
        int id = id(task("Tags"));

        JsonObject r = Raw.json(patch(id, "[{\"op\":\"add\",\"path\":\"/fields/System.Tags\","
                + "\"value\":\" Web ; api;WEB;  ;Api \"}]"), 200);

        assertThat(fields(r).string("System.Tags")).contains("api; Web");
        JsonObject tags = raw.json(P + "/tags", 200);
        assertThat(Raw.value(tags).values()).extracting(v -> ((JsonObject) v).string("name").orElseThrow())
                .contains("api", "Web");
    }

    @Test
    void tags_existingProjectTag_keepsItsCasing() {
        int first = id(task("Tag first"));
        Raw.json(patch(first, "[{\"op\":\"add\",\"path\":\"/fields/System.Tags\",\"value\":\"Backend\"}]"), 200);
        int second = id(task("Tag second"));

        JsonObject r = Raw.json(patch(second, "[{\"op\":\"add\",\"path\":\"/fields/System.Tags\","
                + "\"value\":\"BACKEND\"}]"), 200);

        assertThat(fields(r).string("System.Tags")).contains("Backend");
    }

    @Test
    void parentLink_addedOnBothSides() {
        int parent = id(create("User%20Story", "[{\"op\":\"add\",\"path\":\"/fields/System.Title\",\"value\":\"S\"}]"));
        int child = id(task("Child"));

        JsonObject r = Raw.json(patch(child, "[{\"op\":\"add\",\"path\":\"/relations/-\",\"value\":{\"rel\":"
                + "\"System.LinkTypes.Hierarchy-Reverse\",\"url\":\"http://x/_apis/wit/workItems/" + parent
                + "\"}}]"), 200);

        assertThat(fields(r).get("System.Parent").toJson()).isEqualTo(String.valueOf(parent));
        JsonObject p = raw.json(P + "/workitems/" + parent + "?$expand=relations", 200);
        JsonObject rel = (JsonObject) ((JsonArray) p.get("relations")).get(0);
        assertThat(rel.string("rel")).contains("System.LinkTypes.Hierarchy-Forward");
        assertThat(rel.string("url").orElseThrow()).endsWith("/_apis/wit/workItems/" + child);
    }

    @Test
    void parentLink_secondParent_TF201036AndUnchanged() {
        int a = id(task("Parent A"));
        int b = id(task("Parent B"));
        int child = id(task("Only child"));
        Raw.json(patch(child, link("System.LinkTypes.Hierarchy-Reverse", a)), 200);

        HttpResponse<String> r = patch(child, link("System.LinkTypes.Hierarchy-Reverse", b));

        assertThat(message(r)).startsWith("TF201036:");
        assertThat(read(b).get("rev").toJson()).isEqualTo("1");
    }

    @Test
    void removeLink_removedOnBothSides() {
        int a = id(task("Related A"));
        int b = id(task("Related B"));
        Raw.json(patch(a, link("System.LinkTypes.Related", b)), 200);

        Raw.json(patch(a, "[{\"op\":\"remove\",\"path\":\"/relations/0\"}]"), 200);

        assertThat(raw.json(P + "/workitems/" + b + "?$expand=relations", 200).has("relations")).isFalse();
    }

    private static String link(String rel, int target) {
        return "[{\"op\":\"add\",\"path\":\"/relations/-\",\"value\":{\"rel\":\"" + rel
                + "\",\"url\":\"http://x/_apis/wit/workItems/" + target + "\"}}]";
    }

    @Test
    void asOf_readsOldRevision() {
        JsonObject first = task("Original");
        int id = id(first);
        String created = fields(first).string("System.ChangedDate").orElseThrow();
        Raw.json(patch(id, "[{\"op\":\"add\",\"path\":\"/fields/System.Title\",\"value\":\"Changed\"}]"), 200);

        JsonObject old = raw.json(P + "/workitems/" + id + "?asOf=" + created, 200);

        assertThat(fields(old).string("System.Title")).contains("Original");
        assertThat(old.get("rev").toJson()).isEqualTo("1");
    }

    @Test
    void batch_moreThan200Ids_400() {
        String ids = IntStream.rangeClosed(1, 201).mapToObj(String::valueOf).collect(Collectors.joining(","));

        HttpResponse<String> r = raw.post(P + "/workitemsbatch", "{\"ids\":[" + ids + "]}");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(message(r)).contains("200");
    }

    @Test
    void batch_omitPolicy_nullForMissing() {
        int id = id(task("Batch"));

        JsonObject r = Raw.json(raw.post(P + "/workitemsbatch", "{\"ids\":[" + id + ",999999],\"fields\":"
                + "[\"System.Title\"],\"errorPolicy\":\"omit\"}"), 200);

        assertThat(Raw.value(r).get(1)).isEqualTo(JsonNull.INSTANCE);
        assertThat(fields((JsonObject) Raw.value(r).get(0)).members()).containsOnlyKeys("System.Title");
    }

    @Test
    void batch_afterUpdate_servesTheNewRevision() {
        int id = id(task("Cached"));
        String body = "{\"ids\":[" + id + "]}";
        Raw.json(raw.post(P + "/workitemsbatch", body), 200);
        Raw.json(patch(id, "[{\"op\":\"add\",\"path\":\"/fields/System.Title\",\"value\":\"Fresh\"}]"), 200);

        JsonObject again = Raw.json(raw.post(P + "/workitemsbatch", body), 200);

        assertThat(fields((JsonObject) Raw.value(again).get(0)).string("System.Title")).contains("Fresh");
        assertThat(((JsonObject) Raw.value(again).get(0)).get("rev").toJson()).isEqualTo("2");
    }

    @Test
    void batch_failPolicy_404() {
        int id = id(task("Batch fail"));

        HttpResponse<String> r = raw.post(P + "/workitemsbatch", "{\"ids\":[" + id + ",999999]}");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(message(r)).startsWith("TF401232: Work item 999999 does not exist");
    }

    @Test
    void recycleBin_deleteRestoreDestroy() {
        int id = id(task("Bin"));

        assertThat(raw.send("DELETE", P + "/workitems/" + id, null).statusCode()).isEqualTo(204);
        assertThat(raw.get(P + "/workitems/" + id).statusCode()).isEqualTo(404);
        assertThat(Raw.value(raw.json(P + "/recycleBin", 200)).values()).isNotEmpty();
        Raw.json(raw.send("PATCH", P + "/recycleBin/" + id, "{\"IsDeleted\":false}"), 200);
        assertThat(fields(read(id)).string("System.Title")).contains("Bin");
        raw.send("DELETE", P + "/workitems/" + id + "?destroy=true", null);
        assertThat(raw.get(P + "/recycleBin/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void comments_pagedByBodyToken() {
        int id = id(task("Discuss"));
        for (int i = 0; i < 3; i++) {
            Raw.json(raw.post(P + "/workitems/" + id + "/comments?format=html", "{\"text\":\"c" + i + "\"}"), 200);
        }

        JsonObject page1 = raw.json(P + "/workitems/" + id + "/comments?$top=2", 200);
        String token = page1.string("continuationToken").orElseThrow();
        JsonObject page2 = raw.json(P + "/workitems/" + id + "/comments?$top=2&continuationToken=" + token, 200);

        assertThat(page1.get("totalCount").toJson()).isEqualTo("3");
        assertThat(((JsonArray) page2.get("comments")).size()).isEqualTo(1);
        assertThat(page2.has("continuationToken")).isFalse();
        assertThat(fields(read(id)).get("System.CommentCount").toJson()).isEqualTo("3");
    }

    @Test
    void comments_editAndDelete() {
        int id = id(task("Edit comment"));
        JsonObject c = Raw.json(raw.post(P + "/workitems/" + id + "/comments", "{\"text\":\"v1\"}"), 200);
        String path = P + "/workitems/" + id + "/comments/" + c.get("commentId").toJson();

        JsonObject edited = Raw.json(raw.send("PATCH", path, "{\"text\":\"v2\"}"), 200);
        raw.send("DELETE", path, null);

        assertThat(edited.get("version").toJson()).isEqualTo("2");
        assertThat(raw.get(path).statusCode()).isEqualTo(404);
    }

    @Test
    void attachments_chunkedUpload_downloadsWhole() {
        JsonObject start = Raw.json(raw.post(P + "/attachments?fileName=big.bin&uploadType=Chunked", ""), 201);
        String url = "/_apis/wit/attachments/" + start.string("id").orElseThrow();
        for (String[] part : new String[][] {{"0-4/10", "hello"}, {"5-9/10", "world"}}) {
            HttpResponse<String> r = Raw.send(raw.request(url).header("Content-Range", "bytes " + part[0])
                    .PUT(HttpRequest.BodyPublishers.ofString(part[1])).build());
            assertThat(r.statusCode()).isEqualTo(201);
        }

        assertThat(raw.get(url).body()).isEqualTo("helloworld");
    }

    @Test
    void attachments_download_servesByteRangesWithIfRange() {
        JsonObject ref = Raw.json(Raw.send(raw.request(P + "/attachments?fileName=a.txt")
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofString("helloworld")).build()), 201);
        String url = "/_apis/wit/attachments/" + ref.string("id").orElseThrow();
        HttpResponse<String> whole = raw.get(url);
        String etag = whole.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> rest = Raw.send(raw.request(url).header("Range", "bytes=5-").header("If-Range", etag)
                .GET().build());
        HttpResponse<String> changed = Raw.send(raw.request(url).header("Range", "bytes=5-")
                .header("If-Range", "\"not-it\"").GET().build());
        HttpResponse<String> past = Raw.send(raw.request(url).header("Range", "bytes=10-").GET().build());

        assertThat(whole.headers().firstValue("Accept-Ranges")).contains("bytes");
        assertThat(rest.statusCode()).isEqualTo(206);
        assertThat(rest.body()).isEqualTo("world");
        assertThat(rest.headers().firstValue("Content-Range")).contains("bytes 5-9/10");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).isEqualTo("helloworld");
        assertThat(past.statusCode()).isEqualTo(416);
        assertThat(past.headers().firstValue("Content-Range")).contains("bytes */10");
    }

    @Test
    void attachments_chunkOutOfOrder_400() {
        JsonObject start = Raw.json(raw.post(P + "/attachments?fileName=big.bin&uploadType=Chunked", ""), 201);

        HttpResponse<String> r = Raw.send(raw.request("/_apis/wit/attachments/" + start.string("id").orElseThrow())
                .header("Content-Range", "bytes 5-9/10").PUT(HttpRequest.BodyPublishers.ofString("world")).build());

        assertThat(r.statusCode()).isEqualTo(400);
    }

    @Test
    void identity_byNameEmailOrRef_resolved() {
        int id = id(task("Assign"));

        for (String value : new String[] {"\"Grace Hopper\"", "\"Grace Hopper <grace@fabrikam.example>\"",
                "{\"uniqueName\":\"grace@fabrikam.example\"}"}) {
            JsonObject r = Raw.json(patch(id, "[{\"op\":\"add\",\"path\":\"/fields/System.AssignedTo\",\"value\":"
                    + value + "}]"), 200);
            assertThat(((JsonObject) fields(r).get("System.AssignedTo")).string("uniqueName"))
                    .contains("grace@fabrikam.example");
        }
    }

    @Test
    void identity_unknown_ruleErrorUnlessBypassed() {
        int id = id(task("Assign nobody"));

        HttpResponse<String> r = patch(id, "[{\"op\":\"add\",\"path\":\"/fields/System.AssignedTo\","
                + "\"value\":\"Nobody\"}]");
        JsonObject bypassed = Raw.json(raw.send("PATCH", P + "/workitems/" + id + "?bypassRules=true",
                "[{\"op\":\"add\",\"path\":\"/fields/System.AssignedTo\",\"value\":\"Nobody\"}]"), 200);

        assertThat(message(r)).startsWith("TF401320: Rule Error for field Assigned To.");
        assertThat(fields(bypassed).string("System.AssignedTo")).contains("Nobody");
    }

    @Test
    void customFields_picklistNumbersAndGuid_storedAsTheirTypes() {
        for (String[] f : new String[][] {{"Level", "picklistInteger"}, {"Weight", "picklistDouble"},
                {"Token", "guid"}}) {
            Raw.json(raw.post("/_apis/wit/fields", "{\"name\":\"" + f[0] + "\",\"referenceName\":\"Custom." + f[0]
                    + "\",\"type\":\"" + f[1] + "\"}"), 200);
        }
        int id = id(task("Typed"));

        JsonObject r = Raw.json(patch(id, "[{\"op\":\"add\",\"path\":\"/fields/Custom.Level\",\"value\":\"3\"},"
                + "{\"op\":\"add\",\"path\":\"/fields/Custom.Weight\",\"value\":2.5},"
                + "{\"op\":\"add\",\"path\":\"/fields/Custom.Token\",\"value\":"
                + "\"6F9619FF-8B86-D011-B42D-00C04FC964FF\"}]"), 200);
        HttpResponse<String> badGuid = patch(id, "[{\"op\":\"add\",\"path\":\"/fields/Custom.Token\","
                + "\"value\":\"not-a-guid\"}]");

        assertThat(fields(r).get("Custom.Level").toJson()).isEqualTo("3");
        assertThat(fields(r).get("Custom.Weight").toJson()).isEqualTo("2.5");
        assertThat(fields(r).string("Custom.Token")).contains("6f9619ff-8b86-d011-b42d-00c04fc964ff");
        assertThat(badGuid.statusCode()).isEqualTo(400);
        assertThat(message(badGuid)).startsWith("TF401320: Rule Error for field Token.");
    }

    @Test
    void validateOnly_revisionUnchanged() {
        int id = id(task("Validate"));

        Raw.json(raw.send("PATCH", P + "/workitems/" + id + "?validateOnly=true",
                "[{\"op\":\"add\",\"path\":\"/fields/System.Title\",\"value\":\"Not saved\"}]"), 200);

        assertThat(fields(read(id)).string("System.Title")).contains("Validate");
        assertThat(read(id).get("rev").toJson()).isEqualTo("1");
    }

    @Test
    void updates_oldAndNewValues() {
        int id = id(task("Before"));
        Raw.json(patch(id, "[{\"op\":\"add\",\"path\":\"/fields/System.Title\",\"value\":\"After\"}]"), 200);

        JsonObject updates = raw.json(P + "/workitems/" + id + "/updates", 200);
        JsonObject second = (JsonObject) Raw.value(updates).get(1);
        JsonObject title = (JsonObject) ((JsonObject) second.get("fields")).get("System.Title");

        assertThat(title.string("oldValue")).contains("Before");
        assertThat(title.string("newValue")).contains("After");
    }

    @Test
    void revisions_everyRevisionKept() {
        int id = id(task("r1"));
        Raw.json(patch(id, "[{\"op\":\"add\",\"path\":\"/fields/System.Title\",\"value\":\"r2\"}]"), 200);
        Raw.json(patch(id, "[{\"op\":\"add\",\"path\":\"/fields/System.Title\",\"value\":\"r3\"}]"), 200);

        JsonObject revisions = raw.json(P + "/workitems/" + id + "/revisions?$skip=1", 200);

        assertThat(Raw.value(revisions).values()).extracting(v -> fields((JsonObject) v).string("System.Title")
                .orElseThrow()).containsExactly("r2", "r3");
    }

    @Test
    void artifactLink_unknownPullRequest_404AndUnchanged() {
        int id = id(task("PR link"));

        HttpResponse<String> r = patch(id, "[{\"op\":\"add\",\"path\":\"/relations/-\",\"value\":{\"rel\":"
                + "\"ArtifactLink\",\"url\":\"vstfs:///Git/PullRequestId/a%2Fb%2F999\"}}]");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(read(id).get("rev").toJson()).isEqualTo("1");
    }

    @Test
    void wrongProject_404() {
        int id = id(task("Scoped"));

        assertThat(raw.get("/Contoso-Web/_apis/wit/workitems/" + id).statusCode()).isEqualTo(404);
    }
}
