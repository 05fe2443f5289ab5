package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.json.JsonObject;
import ado.emulator.junit.AdoEmulatorExtension;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bad Git requests get ADO's 4xx errors and change nothing. */
@ExtendWith(AdoEmulatorExtension.class)
class GitErrorsTest {

    private static final String REPO = "/Fabrikam-Fiber-Git/_apis/git/repositories/Fabrikam-Fiber-Git";
    private static AdoEmulator emulator;
    private static Raw raw;

    @BeforeAll
    static void start(AdoEmulator started) {
        emulator = started;
        raw = new Raw(emulator);
    }

    @Test
    void items_rawFolder_gets400() {
        HttpResponse<String> r = Raw.send(raw.request(REPO + "/items?path=/src&api-version=7.1")
                .setHeader("Accept", "application/octet-stream").build());

        assertThat(r.statusCode()).isEqualTo(400);
    }

    @Test
    void items_unknownVersionType_gets400() {
        assertThat(raw.get(REPO + "/items?path=/README.md&versionDescriptor.version=x"
                + "&versionDescriptor.versionType=label").statusCode()).isEqualTo(400);
    }

    @Test
    void items_pathWithDotDot_gets400() {
        assertThat(raw.get(REPO + "/items?path=/src/../README.md").statusCode()).isEqualTo(400);
    }

    @Test
    void refs_badContinuationToken_gets400() {
        assertThat(raw.get(REPO + "/refs?continuationToken=%25%25").statusCode()).isEqualTo(400);
    }

    @Test
    void refs_updateBodyNotArray_gets400() {
        assertThat(raw.post(REPO + "/refs", "{}").statusCode()).isEqualTo(400);
    }

    @Test
    void refs_updateBadObjectId_gets400() {
        assertThat(raw.post(REPO + "/refs", "[{\"name\":\"refs/heads/x\",\"oldObjectId\":\"abc\","
                + "\"newObjectId\":\"def\"}]").statusCode()).isEqualTo(400);
    }

    @Test
    void push_invalidBase64_gets400AndNothingChanges() {
        String head = head();
        String body = "{\"refUpdates\":[{\"name\":\"refs/heads/main\",\"oldObjectId\":\"" + head + "\"}],"
                + "\"commits\":[{\"comment\":\"x\",\"changes\":[{\"changeType\":\"add\",\"item\":{\"path\":\"/b\"},"
                + "\"newContent\":{\"content\":\"***\",\"contentType\":\"base64encoded\"}}]}]}";

        assertThat(raw.post(REPO + "/pushes", body).statusCode()).isEqualTo(400);
        assertThat(head()).isEqualTo(head);
    }

    @Test
    void push_addExistingPath_gets400WithPath() {
        String body = "{\"refUpdates\":[{\"name\":\"refs/heads/main\",\"oldObjectId\":\"" + head() + "\"}],"
                + "\"commits\":[{\"comment\":\"x\",\"changes\":[{\"changeType\":\"add\",\"item\":{\"path\":"
                + "\"/README.md\"},\"newContent\":{\"content\":\"x\",\"contentType\":\"rawtext\"}}]}]}";

        JsonObject error = Raw.json(raw.post(REPO + "/pushes", body), 400);

        assertThat(error.string("message")).hasValueSatisfying(m -> assertThat(m).contains("/README.md"));
    }

    @Test
    void push_editWithoutNewContent_gets400() {
        String body = "{\"refUpdates\":[{\"name\":\"refs/heads/main\",\"oldObjectId\":\"" + head() + "\"}],"
                + "\"commits\":[{\"comment\":\"x\",\"changes\":[{\"changeType\":\"edit\",\"item\":{\"path\":"
                + "\"/README.md\"}}]}]}";

        assertThat(raw.post(REPO + "/pushes", body).statusCode()).isEqualTo(400);
    }

    @Test
    void push_badAuthorDate_gets400() {
        String body = "{\"refUpdates\":[{\"name\":\"refs/heads/main\",\"oldObjectId\":\"" + head() + "\"}],"
                + "\"commits\":[{\"comment\":\"x\",\"author\":{\"name\":\"A\",\"email\":\"a@e\",\"date\":\"soon\"},"
                + "\"changes\":[{\"changeType\":\"delete\",\"item\":{\"path\":\"/README.md\"}}]}]}";

        assertThat(raw.post(REPO + "/pushes", body).statusCode()).isEqualTo(400);
    }

    @Test
    void repository_invalidName_gets400() {
        assertThat(raw.post("/Contoso-Web/_apis/git/repositories", "{\"name\":\"a/b\"}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void annotatedTag_withoutTaggedObject_gets400() {
        assertThat(raw.post(REPO + "/annotatedtags", "{\"name\":\"t\",\"message\":\"m\"}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void annotatedTag_unknownObject_gets404() {
        assertThat(raw.post(REPO + "/annotatedtags", "{\"name\":\"t\",\"message\":\"m\",\"taggedObject\":"
                + "{\"objectId\":\"" + "7".repeat(40) + "\"}}").statusCode()).isEqualTo(404);
    }

    @Test
    void stats_unknownBranch_gets404() {
        assertThat(raw.get(REPO + "/stats/branches?name=nope").statusCode()).isEqualTo(404);
    }

    @Test
    void pushCommits_unknownPush_gets404() {
        assertThat(raw.get(REPO + "/pushes/42/commits").statusCode()).isEqualTo(404);
    }

    private static String head() {
        return emulator.git().ref("Fabrikam-Fiber-Git", "Fabrikam-Fiber-Git", "refs/heads/main").orElseThrow();
    }
}
