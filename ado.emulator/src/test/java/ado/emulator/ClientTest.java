package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.Paging;
import ado.core.auth.Credentials;
import ado.core.error.AdoAuthenticationException;
import ado.core.error.AdoConflictException;
import ado.core.error.AdoNotFoundException;
import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonType;
import ado.core.json.JsonValue;
import ado.emulator.junit.AdoEmulatorExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** ado.core's client against the emulator: paging kinds, errors and the convenience builders. */
@ExtendWith(AdoEmulatorExtension.class)
class ClientTest {

    private static AdoEmulator emulator;
    private static AdoClient client;

    @BeforeAll
    static void start(AdoEmulator started) {
        emulator = started;
        client = emulator.client();
    }

    @Test
    void client_pointsAtOrganisationUrl() {
        assertThat(client.organization()).isEqualTo(emulator.url());
        assertThat(client.organizationName()).isEqualTo("fabrikam");
    }

    @Test
    void refs_continuationHeaderPaging_streamsAll() {
        List<JsonObject> refs = repo().path("refs").query("$top", 1).get("7.1")
                .stream(Paging.continuationHeader(JsonObject.class)).toList();

        assertThat(refs).extracting(r -> r.string("name").orElseThrow()).containsExactly(
                "refs/heads/feature/login", "refs/heads/main", "refs/tags/v1.0", "refs/tags/v1.1");
        assertThat(emulator.requests().count("GET", "/refs")).isGreaterThanOrEqualTo(4);
    }

    @Test
    void teams_offsetPaging_streamsAll() {
        List<JsonObject> teams = client.api().apis("projects", "Fabrikam-Fiber-Git", "teams").get("7.1")
                .stream(Paging.offset(JsonObject.class, 1)).toList();

        assertThat(teams).hasSize(2);
    }

    @Test
    void diffs_offsetPagingUntilAllChangesIncluded_streamsEveryChange() {
        List<JsonValue> changes = repo().path("diffs", "commits").query("baseVersion", "main")
                .query("targetVersion", "feature/login").get("7.1")
                .stream(Paging.offset(JsonType.of(JsonObject.class),
                        page -> ((JsonArray) page.get("changes")).values(),
                        page -> page.get("allChangesIncluded").toJson().equals("true"), 1, "$top", "$skip"))
                .toList();

        assertThat(changes).hasSize(3);
    }

    @Test
    void missingRepository_mapsToNotFound() {
        assertThatThrownBy(() -> client.api().project("Fabrikam-Fiber-Git").apis("git", "repositories", "nope")
                .get("7.1").as(JsonObject.class)).isInstanceOf(AdoNotFoundException.class)
                .hasMessageContaining("TF401019");
    }

    @Test
    void stalePush_mapsToConflict() {
        String body = "{\"refUpdates\":[{\"name\":\"refs/heads/main\",\"oldObjectId\":\"" + "1".repeat(40)
                + "\"}],\"commits\":[{\"comment\":\"x\",\"changes\":[{\"changeType\":\"add\",\"item\":{\"path\":"
                + "\"/x\"},\"newContent\":{\"content\":\"x\",\"contentType\":\"rawtext\"}}]}]}";

        assertThatThrownBy(() -> repo().path("pushes").post("7.1").body(ado.core.Body.json(JsonValue.parse(body)))
                .as(JsonObject.class)).isInstanceOf(AdoConflictException.class).hasMessageContaining("TF401028");
    }

    @Test
    void wrongPat_mapsToAuthenticationFailure() {
        AdoClient wrong = emulator.clientBuilder().credentials(Credentials.pat("wrong")).build();

        assertThatThrownBy(() -> wrong.api().apis("projects").get("7.1").asList(JsonObject.class))
                .isInstanceOf(AdoAuthenticationException.class);
    }

    @Test
    void signInPage_mapsToAuthenticationFailure() {
        try (AdoEmulator html = AdoEmulator.builder().seeded(false).signInPageOnBadAuth(true).start()) {
            AdoClient wrong = html.clientBuilder().credentials(Credentials.pat("wrong")).build();

            assertThatThrownBy(() -> wrong.api().apis("projects").get("7.1").asList(JsonObject.class))
                    .isInstanceOf(AdoAuthenticationException.class);
        }
    }

    @Test
    void profile_throughClientsProfileHost() {
        JsonObject me = client.profile().apis("profile", "profiles", "me").get("7.1-preview.3").as(JsonObject.class);

        assertThat(me.string("displayName")).contains("Ada Lovelace");
    }

    private static ado.core.ApiCall repo() {
        return client.api().project("Fabrikam-Fiber-Git").apis("git", "repositories", "Fabrikam-Fiber-Git");
    }
}
