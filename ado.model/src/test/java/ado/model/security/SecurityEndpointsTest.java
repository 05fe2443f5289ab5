package ado.model.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.error.AdoBadRequestException;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.core.Projects;
import ado.model.git.GitPermission;
import ado.model.git.GitSecurityTokens;
import ado.model.git.Repositories;
import ado.model.identity.Identities;
import ado.model.identity.SearchFilter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AdoEmulatorExtension.class)
class SecurityEndpointsTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";
    private final AdoClient client;
    private final UUID projectId;
    private final UUID repoId;

    SecurityEndpointsTest(AdoClient client) {
        this.client = client;
        this.projectId = Projects.get(client.api(), PROJECT).id();
        this.repoId = Repositories.get(client.api().project(PROJECT), PROJECT).id();
    }

    private String adaDescriptor() {
        return Identities.search(client.vssps(), SearchFilter.MAIL_ADDRESS, "ada@fabrikam.example").get(0)
                .descriptor();
    }

    @Test
    void namespaces_gitRepositories_hasItsPermissionBits() {
        SecurityNamespaceDescription git = SecurityNamespaces.get(client.api(), AccessControlLists.GIT_REPOSITORIES);

        assertThat(git.bit("ForcePush")).isEqualTo(GitPermission.FORCE_PUSH.bit());
        assertThat(SecurityNamespaces.list(client.api())).extracting(SecurityNamespaceDescription::name)
                .contains("Git Repositories", "Project", "Build");
    }

    @Test
    void deny_onABranch_winsOverTheInheritedAllowThere() {
        String branch = GitSecurityTokens.branch(projectId, repoId, "feature/login");
        long push = GitPermission.GENERIC_CONTRIBUTE.bit();

        AccessControlEntries.set(client.api(), AccessControlLists.GIT_REPOSITORIES, branch,
                List.of(new AccessControlEntry(adaDescriptor(), 0, push, null)), true);

        assertThat(Permissions.has(client.api(), AccessControlLists.GIT_REPOSITORIES, push,
                List.of(branch, GitSecurityTokens.repository(projectId, repoId)))).containsExactly(false, true);
    }

    @Test
    void removeEntries_afterADeny_restoresTheInheritedAllow() {
        String branch = GitSecurityTokens.branch(projectId, repoId, "main");
        long push = GitPermission.GENERIC_CONTRIBUTE.bit();
        AccessControlEntries.set(client.api(), AccessControlLists.GIT_REPOSITORIES, branch,
                List.of(new AccessControlEntry(adaDescriptor(), 0, push, null)), true);

        boolean removed = AccessControlEntries.remove(client.api(), AccessControlLists.GIT_REPOSITORIES, branch,
                List.of(adaDescriptor()));

        assertThat(removed).isTrue();
        assertThat(Permissions.evaluate(client.api(), List.of(PermissionEvaluation.of(
                AccessControlLists.GIT_REPOSITORIES, branch, push)), false)).singleElement()
                .satisfies(e -> assertThat(e.value()).isTrue());
    }

    @Test
    void query_withExtendedInfo_showsEffectiveBits() {
        String repo = GitSecurityTokens.repository(projectId, repoId);

        List<AccessControlList> acls = AccessControlLists.query(client.api(), AccessControlLists.GIT_REPOSITORIES,
                repo, false, true);

        assertThat(acls).singleElement().satisfies(acl -> assertThat(acl.acesDictionary().values())
                .allSatisfy(ace -> assertThat(ace.extendedInfo()).isNotNull()));
    }

    @Test
    void setThenRemoveList_tokenIsGone() {
        String branch = GitSecurityTokens.branch(projectId, repoId, "release/1");
        AccessControlLists.set(client.api(), AccessControlLists.GIT_REPOSITORIES, List.of(new AccessControlList(false,
                branch, java.util.Map.of(adaDescriptor(), new AccessControlEntry(adaDescriptor(), 2, 0, null)), null)));

        boolean removed = AccessControlLists.remove(client.api(), AccessControlLists.GIT_REPOSITORIES,
                List.of(branch), false);

        assertThat(removed).isTrue();
        assertThat(AccessControlLists.query(client.api(), AccessControlLists.GIT_REPOSITORIES, branch, false))
                .isEmpty();
    }

    @Test
    void query_badTokenFormat_isABadRequestWithAdosMessage() {
        assertThatThrownBy(() -> AccessControlLists.query(client.api(), AccessControlLists.GIT_REPOSITORIES,
                "repos/" + projectId, false))
                .isInstanceOfSatisfying(AdoBadRequestException.class, e -> assertThat(e.adoMessage())
                        .hasValueSatisfying(m -> assertThat(m).startsWith("TF400941")));
    }

    @Test
    void setEntries_bitsTheNamespaceLacks_isABadRequest() {
        String repo = GitSecurityTokens.repository(projectId, repoId);
        var entry = new AccessControlEntry(adaDescriptor(), 1L << 40, 0, null);

        assertThatThrownBy(() -> AccessControlEntries.set(client.api(), AccessControlLists.GIT_REPOSITORIES, repo,
                List.of(entry), true))
                .isInstanceOfSatisfying(AdoBadRequestException.class, e -> assertThat(e.adoMessage())
                        .hasValueSatisfying(m -> assertThat(m).startsWith("TF400942")));
    }

    @Test
    void has_negativeBits_isRejectedBeforeSending() {
        assertThatThrownBy(() -> Permissions.has(client.api(), AccessControlLists.GIT_REPOSITORIES, -1,
                List.of("repoV2"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("permissions");
    }
}
