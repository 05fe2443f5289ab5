package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.json.JsonObject;
import ado.emulator.junit.AdoEmulatorExtension;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The wire details of the wiki and policy routes: ETag and If-Match headers, ADO's error envelopes. */
@ExtendWith(AdoEmulatorExtension.class)
class PolicyWikiRoutesTest {

    private static final String PAGES = "/Fabrikam-Fiber-Git/_apis/wiki/wikis/Wire/pages";
    private static final String ATTACHMENTS = "/Fabrikam-Fiber-Git/_apis/wiki/wikis/Wire/attachments";
    private static Raw raw;
    private static int pages;

    @BeforeAll
    static void createWiki(AdoEmulator emulator) {
        raw = new Raw(emulator);
        String projectId = raw.json("/_apis/projects/Fabrikam-Fiber-Git", 200).string("id").orElseThrow();
        Raw.json(raw.post("/Fabrikam-Fiber-Git/_apis/wiki/wikis", "{\"name\":\"Wire\",\"projectId\":\""
                + projectId + "\",\"type\":\"projectWiki\"}"), 201);
    }

    private static String newPage() {
        String path = "/Wire%20page%20" + (++pages);
        Raw.json(put(path, null, "{\"content\":\"v1\"}"), 201);
        return path;
    }

    private static HttpResponse<String> put(String path, String ifMatch, String body) {
        HttpRequest.Builder b = raw.request(PAGES + "?path=" + path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return Raw.send(b.build());
    }

    @Test
    void getPage_recursionLevelByNameOrMicrosoftsInteger_nestsSubPagesThatDeep() {
        for (String path : new String[] {"/Tree", "/Tree/A", "/Tree/A/B"}) {
            Raw.json(put(path, null, "{\"content\":\"c\"}"), 201);
        }

        JsonObject none = raw.json(PAGES + "?path=/Tree&recursionLevel=0", 200);
        JsonObject oneLevel = raw.json(PAGES + "?path=/Tree&recursionLevel=1", 200);
        JsonObject oneLevelByName = raw.json(PAGES + "?path=/Tree&recursionLevel=OneLevel", 200);
        JsonObject full = raw.json(PAGES + "?path=/Tree&recursionLevel=120", 200);

        assertThat(subPages(none)).isEmpty();
        assertThat(subPages(oneLevel)).extracting(p -> p.string("path").orElseThrow()).containsExactly("/Tree/A");
        assertThat(subPages(subPages(oneLevel).get(0))).isEmpty();
        assertThat(oneLevelByName.toJson()).isEqualTo(oneLevel.toJson());
        assertThat(subPages(subPages(full).get(0))).extracting(p -> p.string("path").orElseThrow())
                .containsExactly("/Tree/A/B");
    }

    @Test
    void getPage_recursionLevelNotInMicrosoftsEnum_400NamingTheParameter() {
        JsonObject error = Raw.json(raw.get(PAGES + "?path=/&recursionLevel=2"), 400);

        assertThat(error.string("message")).hasValueSatisfying(m -> assertThat(m).contains("recursionLevel")
                .contains("'2'"));
    }

    private static java.util.List<JsonObject> subPages(JsonObject page) {
        return page.get("subPages") instanceof ado.core.json.JsonArray a
                ? a.values().stream().map(v -> (JsonObject) v).toList() : java.util.List.of();
    }

    @Test
    void getPage_answersQuotedETag() {
        String path = newPage();

        HttpResponse<String> r = raw.get(PAGES + "?path=" + path + "&includeContent=true");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("ETag")).hasValueSatisfying(e -> assertThat(e).matches("\"[0-9a-f]{40}\""));
        assertThat(Raw.json(r, 200).string("content")).contains("v1");
    }

    @Test
    void putWithoutIfMatch_existingPage_409WithAdoErrorBody() {
        String path = newPage();

        JsonObject error = Raw.json(put(path, null, "{\"content\":\"again\"}"), 409);

        assertThat(error.string("typeKey")).contains("WikiPageAlreadyExistsException");
        assertThat(error.string("message")).hasValueSatisfying(m -> assertThat(m).contains("already exists"));
    }

    @Test
    void putWithStaleIfMatch_412AndContentUnchanged() {
        String path = newPage();
        String etag = raw.get(PAGES + "?path=" + path).headers().firstValue("ETag").orElseThrow();
        Raw.json(put(path, etag, "{\"content\":\"v2\"}"), 200);

        JsonObject error = Raw.json(put(path, etag, "{\"content\":\"v3\"}"), 412);

        assertThat(error.string("typeKey")).contains("WikiPageVersionConflictException");
        assertThat(Raw.json(raw.get(PAGES + "?path=" + path + "&includeContent=true"), 200).string("content"))
                .contains("v2");
    }

    @Test
    void putWithUnquotedCurrentVersion_412LikeAdo() {
        String path = newPage();
        String etag = raw.get(PAGES + "?path=" + path).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> r = put(path, etag.substring(1, etag.length() - 1), "{\"content\":\"v2\"}");

        assertThat(r.statusCode()).isEqualTo(412);
    }

    @Test
    void putWithCurrentETag_200WithNewETag() {
        String path = newPage();
        String etag = raw.get(PAGES + "?path=" + path).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> r = put(path, etag, "{\"content\":\"v2\"}");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
    }

    @Test
    void createPolicy_unknownType_404WithPolicyTypeKey() {
        JsonObject error = Raw.json(raw.post("/Fabrikam-Fiber-Git/_apis/policy/configurations",
                "{\"isEnabled\":true,\"isBlocking\":true,\"type\":{\"id\":\"11111111-2222-3333-4444-555555555555\"},"
                        + "\"settings\":{\"scope\":[]}}"), 404);

        assertThat(error.string("typeKey")).contains("PolicyTypeNotFoundException");
    }

    @Test
    void createPolicy_withoutSettings_400NamingSettings() {
        JsonObject error = Raw.json(raw.post("/Fabrikam-Fiber-Git/_apis/policy/configurations",
                "{\"isEnabled\":true,\"isBlocking\":true,"
                        + "\"type\":{\"id\":\"fa4e907d-c16b-4a4c-9dfa-4906e5d171dd\"}}"), 400);

        assertThat(error.string("message")).hasValueSatisfying(m -> assertThat(m).contains("settings"));
    }

    @Test
    void evaluations_withoutArtifactId_400() {
        assertThat(raw.get("/Fabrikam-Fiber-Git/_apis/policy/evaluations").statusCode()).isEqualTo(400);
    }

    @Test
    void attachment_notBase64_400() {
        HttpResponse<String> r = Raw.send(raw.request(ATTACHMENTS + "?name=x.bin")
                .header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofString("not base64 !")).build());

        assertThat(r.statusCode()).isEqualTo(400);
    }

    @Test
    void attachment_base64_201WithPathAndETag() {
        HttpResponse<String> r = Raw.send(raw.request(ATTACHMENTS + "?name=y.txt")
                .header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofString("aGVsbG8=")).build());

        assertThat(Raw.json(r, 201).string("path")).contains("/.attachments/y.txt");
        assertThat(r.headers().firstValue("ETag")).isPresent();
    }
}
