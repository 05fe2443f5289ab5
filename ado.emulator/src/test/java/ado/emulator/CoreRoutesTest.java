package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.json.JsonObject;
import ado.emulator.junit.AdoEmulatorExtension;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AdoEmulatorExtension.class)
class CoreRoutesTest {

    private static AdoEmulator emulator;
    private static Raw raw;

    @BeforeAll
    static void start(AdoEmulator started) {
        emulator = started;
        raw = new Raw(emulator);
    }

    @Test
    void projects_list_returnsEnvelopeOfSeededProjects() {
        JsonObject body = raw.json("/_apis/projects", 200);

        assertThat(body.get("count").toJson()).isEqualTo("2");
        assertThat(Raw.value(body).values()).extracting(v -> ((JsonObject) v).string("name").orElseThrow())
                .containsExactly("Fabrikam-Fiber-Git", "Contoso-Web");
    }

    @Test
    void projects_topAndSkip_pageWithContinuationHeader() {
        HttpResponse<String> first = raw.get("/_apis/projects?$top=1");
        HttpResponse<String> second = raw.get("/_apis/projects?$top=1&$skip=1");

        assertThat(Raw.at(Raw.json(first, 200), 0, "name")).isEqualTo("Fabrikam-Fiber-Git");
        assertThat(first.headers().firstValue("x-ms-continuationtoken")).contains("1");
        assertThat(Raw.at(Raw.json(second, 200), 0, "name")).isEqualTo("Contoso-Web");
        assertThat(second.headers().firstValue("x-ms-continuationtoken")).isEmpty();
    }

    @Test
    void projects_integerContinuationToken_skips() {
        assertThat(Raw.at(raw.json("/_apis/projects?$top=1&continuationToken=1", 200), 0, "name"))
                .isEqualTo("Contoso-Web");
    }

    @Test
    void projects_negativeTop_gets400() {
        assertThat(raw.get("/_apis/projects?$top=-1").statusCode()).isEqualTo(400);
    }

    @Test
    void project_byNameOrId_sameProject() {
        JsonObject byName = raw.json("/_apis/projects/fabrikam-fiber-git", 200);
        String id = byName.string("id").orElseThrow();

        JsonObject byId = raw.json("/_apis/projects/" + id, 200);

        assertThat(byId.string("name")).contains("Fabrikam-Fiber-Git");
        assertThat(byId.get("defaultTeam")).isInstanceOf(JsonObject.class);
        assertThat(byId.has("capabilities")).isFalse();
    }

    @Test
    void project_includeCapabilities_hasProcessTemplate() {
        JsonObject p = raw.json("/_apis/projects/Contoso-Web?includeCapabilities=true", 200);

        JsonObject template = (JsonObject) ((JsonObject) p.get("capabilities")).get("processTemplate");
        assertThat(template.string("templateTypeId")).isPresent();
    }

    @Test
    void project_unknown_gets404TF200016() {
        JsonObject error = Raw.json(raw.get("/_apis/projects/Nope"), 404);

        assertThat(error.string("message")).hasValueSatisfying(m -> assertThat(m).startsWith("TF200016"));
    }

    @Test
    void teams_list_hasDefaultAndExtraTeam() {
        JsonObject teams = raw.json("/_apis/projects/Fabrikam-Fiber-Git/teams", 200);

        assertThat(Raw.value(teams).values()).extracting(v -> ((JsonObject) v).string("name").orElseThrow())
                .containsExactly("Fabrikam-Fiber-Git Team", "Quality assurance");
    }

    @Test
    void teams_topAndSkip_page() {
        JsonObject page = raw.json("/_apis/projects/Fabrikam-Fiber-Git/teams?$top=1&$skip=1", 200);

        assertThat(Raw.value(page).size()).isEqualTo(1);
        assertThat(Raw.at(page, 0, "name")).isEqualTo("Quality assurance");
    }

    @Test
    void team_membersByName_haveAdminFirst() {
        JsonObject members = raw.json("/_apis/projects/Fabrikam-Fiber-Git/teams/Quality%20assurance/members", 200);

        assertThat(Raw.value(members).size()).isEqualTo(3);
        JsonObject first = (JsonObject) Raw.value(members).get(0);
        assertThat(first.get("isTeamAdmin").toJson()).isEqualTo("true");
        assertThat(((JsonObject) first.get("identity")).string("displayName")).contains("Grace Hopper");
    }

    @Test
    void team_unknown_gets404() {
        assertThat(raw.get("/_apis/projects/Fabrikam-Fiber-Git/teams/Nope").statusCode()).isEqualTo(404);
    }

    @Test
    void connectionData_namesAuthenticatedUser() {
        JsonObject data = raw.json("/_apis/connectionData", 200);

        assertThat(((JsonObject) data.get("authenticatedUser")).string("providerDisplayName"))
                .contains("Ada Lovelace");
    }

    @Test
    void profile_me_underOrganisation() {
        assertThat(raw.json("/_apis/profile/profiles/me", 200).string("emailAddress"))
                .contains("ada@fabrikam.example");
    }

    @Test
    void emptyEmulator_hasNoProjects() {
        try (AdoEmulator empty = AdoEmulator.builder().seeded(false).organization("contoso").start()) {
            assertThat(empty.url().getPath()).isEqualTo("/contoso");
            assertThat(new Raw(empty).json("/_apis/projects", 200).get("count").toJson()).isEqualTo("0");
        }
    }
}
