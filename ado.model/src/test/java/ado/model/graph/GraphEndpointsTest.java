package ado.model.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.error.AdoNotFoundException;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.core.Projects;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AdoEmulatorExtension.class)
class GraphEndpointsTest {

    private final AdoClient client;
    private final AdoEmulator emulator;

    GraphEndpointsTest(AdoClient client, AdoEmulator emulator) {
        this.client = client;
        this.emulator = emulator;
    }

    private GraphSubject group(String principalName) {
        return GraphGroups.list(client.vssps()).filter(g -> g.principalName().equals(principalName)).findFirst()
                .orElseThrow();
    }

    private GraphSubject user(String principalName) {
        return GraphUsers.list(client.vssps()).filter(u -> u.principalName().equals(principalName)).findFirst()
                .orElseThrow();
    }

    @Test
    void listUsers_seededOrganisation_hasTheThreeUsers() {
        assertThat(GraphUsers.list(client.vssps()).map(GraphSubject::displayName))
                .contains("Ada Lovelace", "Grace Hopper", "Alan Turing");
    }

    @Test
    void listUsers_onTheVsspsListener_sendsCredentialsThere() {
        GraphUsers.list(client.vssps()).toList();

        assertThat(client.vssps().uri()).isEqualTo(emulator.serviceUrl(AdoClient.Service.VSSPS));
        assertThat(emulator.requests().matching("GET", "/_apis/graph/users")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.header("authorization")).hasValueSatisfying(
                        h -> assertThat(h).startsWith("Basic")));
    }

    @Test
    void listUsers_onTheOrganisationHost_isNotFound() {
        assertThatThrownBy(() -> GraphUsers.list(client.api()).toList()).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void getUser_byDescriptor_returnsTheUser() {
        GraphSubject grace = user("grace@fabrikam.example");

        assertThat(GraphUsers.get(client.vssps(), grace.descriptor()).displayName()).isEqualTo("Grace Hopper");
    }

    @Test
    void getUser_unknownDescriptor_isNotFoundWithAdosMessage() {
        assertThatThrownBy(() -> GraphUsers.get(client.vssps(), "aad.bm9ib2R5"))
                .isInstanceOfSatisfying(AdoNotFoundException.class, e -> assertThat(e.adoMessage())
                        .hasValueSatisfying(m -> assertThat(m).startsWith("VS860018")));
    }

    @Test
    void getUser_descriptorWithSlash_isRejectedBeforeSending() {
        assertThatThrownBy(() -> GraphUsers.get(client.vssps(), "aad/x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("descriptor");
    }

    @Test
    void createUser_intoAGroup_isAMemberOfIt() {
        GraphSubject contributors = group("[Fabrikam-Fiber-Git]\\Contributors");

        GraphSubject created = GraphUsers.create(client.vssps(),
                GraphUserCreation.byPrincipalName("katherine.johnson@fabrikam.example"),
                List.of(contributors.descriptor()));

        assertThat(created.displayName()).isEqualTo("Katherine Johnson");
        assertThat(GraphMemberships.exists(client.vssps(), created.descriptor(), contributors.descriptor())).isTrue();
    }

    @Test
    void userCreation_neitherNameNorOriginId_isRejected() {
        assertThatThrownBy(() -> new GraphUserCreation(null, " ", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one");
    }

    @Test
    void memberships_addThenRemove_changeExistence() {
        GraphSubject alan = user("alan@fabrikam.example");
        GraphSubject readers = group("[Contoso-Web]\\Readers");

        GraphMembership added = GraphMemberships.add(client.vssps(), alan.descriptor(), readers.descriptor());
        boolean afterAdd = GraphMemberships.exists(client.vssps(), alan.descriptor(), readers.descriptor());
        GraphMemberships.remove(client.vssps(), alan.descriptor(), readers.descriptor());

        assertThat(added.containerDescriptor()).isEqualTo(readers.descriptor());
        assertThat(afterAdd).isTrue();
        assertThat(GraphMemberships.exists(client.vssps(), alan.descriptor(), readers.descriptor())).isFalse();
    }

    @Test
    void memberships_downOfAGroup_listsItsMembers() {
        GraphSubject admins = group("[Fabrikam-Fiber-Git]\\Project Administrators");

        List<GraphMembership> members = GraphMemberships.list(client.vssps(), admins.descriptor(),
                MembershipDirection.DOWN);

        assertThat(members).extracting(GraphMembership::memberDescriptor)
                .containsExactly(user("ada@fabrikam.example").descriptor());
    }

    @Test
    void groups_createThenDelete_isGone() {
        String scope = GraphGroups.projectScope(client.vssps(), Projects.get(client.api(), "Contoso-Web").id());
        GraphSubject group = GraphGroups.create(client.vssps(), new GraphGroupCreation("Release managers", "ship"),
                scope);

        boolean listed = GraphGroups.list(client.vssps(), scope).anyMatch(g -> g.descriptor()
                .equals(group.descriptor()));
        GraphGroups.delete(client.vssps(), group.descriptor());

        assertThat(listed).isTrue();
        assertThatThrownBy(() -> GraphGroups.get(client.vssps(), group.descriptor()))
                .isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void lookup_knownAndUnknown_returnsTheKnownOnes() {
        GraphSubject ada = user("ada@fabrikam.example");

        var found = GraphDescriptors.lookup(client.vssps(), List.of(ada.descriptor(), "aad.bm9ib2R5"));

        assertThat(found).containsOnlyKeys(ada.descriptor());
    }

    @Test
    void listUsers_moreThanAPage_followsTheContinuationHeader() {
        for (int i = 0; i < 100; i++) {
            GraphUsers.create(client.vssps(), GraphUserCreation.byPrincipalName("paged" + i + "@fabrikam.example"),
                    List.of());
        }

        assertThat(GraphUsers.list(client.vssps()).filter(u -> u.principalName().startsWith("paged")))
                .hasSize(100);
        assertThat(emulator.requests().matching("GET", "/_apis/graph/users")
                .stream().filter(r -> r.query() != null && r.query().contains("continuationToken"))).isNotEmpty();
    }

    @Test
    void deleteUser_thenGet_isNotFound() {
        GraphSubject dorothy = GraphUsers.create(client.vssps(),
                GraphUserCreation.byPrincipalName("dorothy.vaughan@fabrikam.example"), List.of());

        GraphUsers.delete(client.vssps(), dorothy.descriptor());

        assertThatThrownBy(() -> GraphUsers.get(client.vssps(), dorothy.descriptor()))
                .isInstanceOf(AdoNotFoundException.class);
        assertThat(GraphUsers.list(client.vssps()).map(GraphSubject::descriptor)).doesNotContain(dorothy.descriptor());
    }
}
