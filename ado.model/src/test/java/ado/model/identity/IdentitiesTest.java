package ado.model.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.core.TeamMember;
import ado.model.core.Teams;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AdoEmulatorExtension.class)
class IdentitiesTest {

    private final AdoClient client;

    IdentitiesTest(AdoClient client) {
        this.client = client;
    }

    @Test
    void search_byMail_returnsTheIdTeamsUse() {
        List<TeamMember> members = Teams.members(client.api(), "Fabrikam-Fiber-Git", "Quality assurance");

        Identity grace = Identities.search(client.vssps(), SearchFilter.MAIL_ADDRESS, "grace@fabrikam.example")
                .get(0);

        assertThat(members).anySatisfy(m -> assertThat(m.identity().id()).isEqualTo(grace.id()));
        assertThat(grace.mail()).hasValue("grace@fabrikam.example");
    }

    @Test
    void byDescriptors_ofASearchResult_returnsTheSameIdentity() {
        Identity alan = Identities.search(client.vssps(), SearchFilter.GENERAL, "Alan Turing").get(0);

        List<Identity> read = Identities.byDescriptors(client.vssps(), List.of(alan.descriptor()),
                QueryMembership.NONE);

        assertThat(read).extracting(Identity::id).containsExactly(alan.id());
    }

    @Test
    void bySubjectDescriptors_andTheGraphDescriptorOfItsId_leadBackToTheSameIdentity() {
        Identity alan = Identities.search(client.vssps(), SearchFilter.GENERAL, "Alan Turing").get(0);

        String descriptor = ado.model.graph.GraphDescriptors.get(client.vssps(), alan.id()).value();
        List<Identity> read = Identities.bySubjectDescriptors(client.vssps(), List.of(descriptor),
                QueryMembership.NONE);

        assertThat(descriptor).isEqualTo(alan.subjectDescriptor());
        assertThat(read).extracting(Identity::id).containsExactly(alan.id());
    }

    @Test
    void byIds_withMembership_listsTheGroupsItIsIn() {
        Identity ada = Identities.search(client.vssps(), SearchFilter.ACCOUNT_NAME, "ada@fabrikam.example").get(0);

        Identity read = Identities.byIds(client.vssps(), List.of(ada.id()), QueryMembership.DIRECT).get(0);

        assertThat(read.memberOf()).isNotEmpty();
    }

    @Test
    void search_unknownName_returnsNothing() {
        assertThat(Identities.search(client.vssps(), SearchFilter.GENERAL, "nobody@nowhere.example")).isEmpty();
    }

    @Test
    void byDescriptors_emptyList_isRejected() {
        assertThatThrownBy(() -> Identities.byDescriptors(client.vssps(), List.of(), QueryMembership.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("descriptors must not be empty");
    }
}
