package ado.model.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class CoreValidationTest {

    private static final UUID ID = UUID.fromString("6ce954b1-ce1f-45d1-b94d-e6bf2464ba2c");

    @Test
    void teamProject_blankName_isRejectedNamingTheField() {
        assertThatThrownBy(() -> new TeamProject(ID, " ", null, null, null, null, null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    }

    @Test
    void teamProject_nullId_isRejected() {
        assertThatThrownBy(() -> new TeamProject(null, "p", null, null, null, null, null, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("id == null");
    }

    @Test
    void teamProject_absentMaps_areEmptyAndReferenceKeepsIdAndName() {
        var p = new TeamProject(ID, "p", null, null, null, null, null, null, null, null, null, null);

        assertThat(p.capabilities()).isEmpty();
        assertThat(p.links()).isEmpty();
        assertThat(p.reference().id()).isEqualTo(ID);
        assertThat(p.reference().name()).isEqualTo("p");
    }

    @Test
    void webApiTeam_blankName_isRejected() {
        assertThatThrownBy(() -> new WebApiTeam(ID, "", null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    }

    @Test
    void teamMember_nullIdentity_isRejected() {
        assertThatThrownBy(() -> new TeamMember(null, true)).isInstanceOf(NullPointerException.class)
                .hasMessage("identity == null");
    }

    @Test
    void connectionInfo_nullUser_isRejected() {
        assertThatThrownBy(() -> new ConnectionInfo(null, null, null, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("authenticatedUser == null");
    }
}
