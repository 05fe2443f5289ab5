package ado.model.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.error.AdoNotFoundException;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.profile.Profiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AdoEmulatorExtension.class)
class CoreEndpointsTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";

    @Test
    void projectsList_seeded_streamsBothWithTopAndSkip(AdoClient client, AdoEmulator emulator) {
        emulator.requests().clear();

        assertThat(Projects.list(client.api()).map(TeamProject::name)).contains(PROJECT, "Contoso-Web");
        assertThat(emulator.requests().matching("GET", "/_apis/projects")).first()
                .satisfies(r -> assertThat(r.query()).contains("$top=100").contains("$skip=0"));
    }

    @Test
    void projectsGet_byName_hasDefaultTeamAndCapabilities(AdoClient client) {
        TeamProject p = Projects.get(client.api(), PROJECT);

        assertThat(p.name()).isEqualTo(PROJECT);
        assertThat(p.defaultTeam()).isNotNull();
        assertThat(p.capabilities()).containsKey("processTemplate");
        assertThat(Projects.get(client.api(), p.id().toString())).isEqualTo(p);
    }

    @Test
    void projectsGet_missing_isNotFound(AdoClient client) {
        assertThatThrownBy(() -> Projects.get(client.api(), "NoSuchProject"))
                .isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void teamsList_seeded_includesQualityAssurance(AdoClient client) {
        assertThat(Teams.list(client.api(), PROJECT).map(WebApiTeam::name)).contains("Quality assurance");
    }

    @Test
    void teamsGet_byName_matchesList(AdoClient client) {
        WebApiTeam qa = Teams.get(client.api(), PROJECT, "Quality assurance");

        assertThat(Teams.list(client.api(), PROJECT)).anySatisfy(t -> assertThat(t.id()).isEqualTo(qa.id()));
    }

    @Test
    void teamsMembers_seeded_areThreeIdentities(AdoClient client) {
        assertThat(Teams.members(client.api(), PROJECT, "Quality assurance"))
                .hasSize(3).allSatisfy(m -> assertThat(m.identity().displayName()).isNotBlank());
    }

    @Test
    void connectionData_returnsTheCaller(AdoClient client) {
        ConnectionInfo info = ConnectionData.get(client.api());

        assertThat(info.authenticatedUser().providerDisplayName()).isEqualTo("Ada Lovelace");
    }

    @Test
    void profilesMe_isTheAuthenticatedUser(AdoClient client) {
        assertThat(Profiles.me(client.profile()).id())
                .isEqualTo(ConnectionData.get(client.api()).authenticatedUser().id());
    }
}
