package ado.model.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.core.Projects;
import ado.model.git.GitSecurityTokens;
import ado.model.git.Repositories;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AdoEmulatorExtension.class)
class AccessControlListsTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";
    private final AdoClient client;

    AccessControlListsTest(AdoClient client) {
        this.client = client;
    }

    @Test
    void query_repositoryToken_returnsItsAcl() {
        UUID projectId = Projects.get(client.api(), PROJECT).id();
        UUID repoId = Repositories.get(client.api().project(PROJECT), PROJECT).id();
        String token = GitSecurityTokens.repository(projectId, repoId);

        var acls = AccessControlLists.query(client.api(), AccessControlLists.GIT_REPOSITORIES, token, false);

        assertThat(acls).singleElement().satisfies(acl -> {
            assertThat(acl.token()).isEqualTo(token);
            assertThat(acl.acesDictionary()).isNotEmpty();
            assertThat(acl.acesDictionary().values()).allSatisfy(ace -> assertThat(ace.allows(2)).isTrue());
        });
    }

    @Test
    void query_projectTokenWithRecurse_includesItsRepositories() {
        UUID projectId = Projects.get(client.api(), PROJECT).id();

        var acls = AccessControlLists.query(client.api(), AccessControlLists.GIT_REPOSITORIES,
                GitSecurityTokens.project(projectId), true);

        assertThat(acls).hasSizeGreaterThan(1)
                .allSatisfy(acl -> assertThat(acl.token()).startsWith(GitSecurityTokens.project(projectId)));
    }

    @Test
    void query_blankToken_failsNamingTheToken() {
        assertThatThrownBy(() -> AccessControlLists.query(client.api(), AccessControlLists.GIT_REPOSITORIES, " ",
                false)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("token");
    }

    @Test
    void accessControlEntry_deniedBit_isNotAllowed() {
        var ace = new AccessControlEntry("d", 0b111, 0b010, null);

        assertThat(ace.allows(0b001)).isTrue();
        assertThat(ace.allows(0b010)).isFalse();
        assertThatThrownBy(() -> new AccessControlEntry(" ", 0, 0, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("descriptor");
    }
}
