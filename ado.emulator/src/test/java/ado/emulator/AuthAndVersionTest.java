package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthAndVersionTest {

    private static AdoEmulator emulator;
    private static Raw raw;

    @BeforeAll
    static void start() {
        emulator = AdoEmulator.builder().pat("the-pat").bearerToken("entra-token").start();
        raw = new Raw(emulator);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void request_withoutAuthorization_gets401WithAdoErrorBody() {
        HttpResponse<String> r = Raw.send(HttpRequest.newBuilder(URI.create(emulator.url() + "/_apis/projects"))
                .header("Accept", "application/json;api-version=7.1").build());

        JsonObject body = Raw.json(r, 401);
        assertThat(body.string("typeKey")).contains("UnauthorizedRequestException");
        assertThat(body.string("message")).hasValueSatisfying(m -> assertThat(m).startsWith("TF400813"));
        assertThat(body.has("$id")).isTrue();
        assertThat(r.headers().firstValue("WWW-Authenticate")).isPresent();
    }

    @Test
    void request_wrongPat_gets401() {
        HttpResponse<String> r = Raw.send(raw.request("/_apis/projects").setHeader("Authorization", basic("u", "nope"))
                .build());

        assertThat(r.statusCode()).isEqualTo(401);
    }

    @Test
    void request_basicWithAnyUserName_succeeds() {
        HttpResponse<String> r = Raw.send(raw.request("/_apis/projects")
                .setHeader("Authorization", basic("someone@example.com", "the-pat")).build());

        assertThat(r.statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"the-pat", "entra-token"})
    void request_knownBearerToken_succeeds(String token) {
        HttpResponse<String> r = Raw.send(raw.request("/_apis/projects").setHeader("Authorization", "Bearer " + token)
                .build());

        assertThat(r.statusCode()).isEqualTo(200);
    }

    @Test
    void request_unknownBearerToken_gets401() {
        HttpResponse<String> r = Raw.send(raw.request("/_apis/projects").setHeader("Authorization", "Bearer other")
                .build());

        assertThat(r.statusCode()).isEqualTo(401);
    }

    @Test
    void signInPageMode_badCredentials_gets203Html() {
        try (AdoEmulator html = AdoEmulator.builder().seeded(false).signInPageOnBadAuth(true).start()) {
            HttpResponse<String> r = Raw.send(HttpRequest.newBuilder(URI.create(html.url() + "/_apis/projects"))
                    .header("Accept", "application/json;api-version=7.1").build());

            assertThat(r.statusCode()).isEqualTo(203);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                    .startsWith("text/html"));
            assertThat(r.body()).contains("Sign In");
        }
    }

    @Test
    void apiVersion_missing_gets400VersionNotSpecified() {
        HttpResponse<String> r = Raw.send(raw.request("/_apis/projects").setHeader("Accept", "application/json")
                .build());

        assertThat(Raw.json(r, 400).string("typeKey")).contains("VssVersionNotSpecifiedException");
    }

    @Test
    void apiVersion_inQuery_accepted() {
        HttpResponse<String> r = Raw.send(raw.request("/_apis/projects?api-version=7.1-preview.4")
                .setHeader("Accept", "application/json").build());

        assertThat(r.statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.0", "7.3", "0.9"})
    void apiVersion_outOfRange_gets400(String version) {
        HttpResponse<String> r = raw.get("/_apis/projects?api-version=" + version);

        assertThat(Raw.json(r, 400).string("typeKey")).contains("VssVersionOutOfRangeException");
    }

    @Test
    void apiVersion_72WithoutPreview_gets400() {
        HttpResponse<String> r = raw.get("/_apis/projects?api-version=7.2");

        assertThat(Raw.json(r, 400).string("typeKey")).contains("VssInvalidPreviewVersionException");
    }

    @Test
    void apiVersion_72Preview_accepted() {
        assertThat(raw.get("/_apis/projects?api-version=7.2-preview.1").statusCode()).isEqualTo(200);
    }

    @Test
    void apiVersion_malformed_gets400() {
        HttpResponse<String> r = raw.get("/_apis/projects?api-version=latest");

        assertThat(Raw.json(r, 400).string("typeKey")).contains("VssInvalidApiVersionException");
    }

    @Test
    void everyResponse_errorsIncluded_hasActivityId() {
        assertThat(raw.get("/_apis/projects").headers().firstValue("ActivityId")).isPresent();
        assertThat(raw.get("/_apis/nothing-here").headers().firstValue("ActivityId")).isPresent();
    }

    @Test
    void unknownRoute_gets404() {
        assertThat(raw.get("/_apis/nothing-here").statusCode()).isEqualTo(404);
    }

    @Test
    void wrongMethod_gets405() {
        assertThat(raw.post("/_apis/connectionData", "{}").statusCode()).isEqualTo(405);
    }

    @Test
    void profileHost_atServerRoot_served() {
        URI root = URI.create("http://127.0.0.1:" + emulator.url().getPort() + "/_apis/profile/profiles/me");
        HttpResponse<String> r = Raw.send(HttpRequest.newBuilder(root).header("Authorization", raw.basic())
                .header("Accept", "application/json;api-version=7.1-preview.3").build());

        assertThat(Raw.json(r, 200).string("displayName")).contains("Ada Lovelace");
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }
}
