package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.git.GitPermission;
import ado.model.identity.Identity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AdoEmulatorExtension.class)
class IdentitySecurityTest {

    private final Organization org;

    IdentitySecurityTest(AdoClient client) {
        this.org = AzureDevOpsService.of(client).organization();
    }

    @Test
    void identity_unknownName_isEmpty() {
        assertThat(org.identity("nobody@nowhere.example")).isEmpty();
    }

    @Test
    void identity_byDisplayName_isTheUser() {
        assertThat(org.identity("Alan Turing")).hasValueSatisfying(i ->
                assertThat(i.account()).hasValue("alan@fabrikam.example"));
    }

    @Test
    void group_projectDefaultGroup_isAContainer() {
        assertThat(org.project("Contoso-Web").group("Contributors"))
                .hasValueSatisfying(g -> assertThat(g.isContainer()).isTrue());
    }

    @Test
    void group_unknownName_isEmpty() {
        assertThat(org.project("Contoso-Web").group("Astronauts")).isEmpty();
    }

    @Test
    void groups_organisation_hasCollectionAndProjectGroups() {
        assertThat(org.groups().map(g -> g.principalName()))
                .contains("[Contoso-Web]\\Readers", "[fabrikam]\\Project Collection Administrators");
    }

    @Test
    void allow_noPermissions_isRejected() {
        Identity readers = org.project("Contoso-Web").group("Readers").orElseThrow();
        RepositoryPermissions permissions = org.project("Contoso-Web").repository("contoso-web").permissions();

        assertThatThrownBy(() -> permissions.allow(readers)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("permissions must not be empty");
    }

    @Test
    void reset_afterDeny_restoresTheInheritedPermission() {
        Repository repo = org.project("Contoso-Web").repository("contoso-web");
        Identity me = org.identity("ada@fabrikam.example").orElseThrow();
        repo.permissions().deny(me, GitPermission.CREATE_TAG);
        boolean denied = !repo.permissions().has(GitPermission.CREATE_TAG);

        boolean reset = repo.permissions().reset(me);

        assertThat(denied).isTrue();
        assertThat(reset).isTrue();
        assertThat(repo.permissions().has(GitPermission.CREATE_TAG)).isTrue();
    }

    @Test
    void branch_badName_isRejectedWhenTheTokenIsBuilt() {
        RepositoryPermissions permissions = org.project("Contoso-Web").repository("contoso-web").permissions()
                .branch("refs/tags/v1");

        assertThatThrownBy(permissions::token).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("branch");
    }

    @Test
    void search_organisation_findsFilesOfEveryProject() {
        assertThat(org.search().code("Contoso").map(r -> r.project().name())).contains("Contoso-Web");
    }
}
