package ado.model.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PermissionEvaluationTest {

    @Test
    void of_zeroBits_isRejected() {
        assertThatThrownBy(() -> PermissionEvaluation.of(AccessControlLists.GIT_REPOSITORIES, "repoV2", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("permissions must be positive bits: 0");
    }

    @Test
    void of_blankToken_isRejected() {
        assertThatThrownBy(() -> PermissionEvaluation.of(AccessControlLists.GIT_REPOSITORIES, " ", 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("token must not be blank");
    }

    @Test
    void namespace_unknownPermissionName_isRejectedNamingTheKnownOnes() {
        var ns = new SecurityNamespaceDescription(AccessControlLists.GIT_REPOSITORIES, "Git Repositories", null, "/",
                -1, 8192, 2, null, 1, null, 0, List.of(new ActionDefinition(2, "GenericRead", "Read", null)), null);

        assertThatThrownBy(() -> ns.bit("Fly")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GenericRead");
    }

    @Test
    void entry_negativeBits_isRejectedBeforeSending() {
        var entry = new AccessControlEntry("Microsoft.TeamFoundation.Identity;S-1", -1, 0, null);

        assertThatThrownBy(() -> AccessControlLists.checkBits(entry)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be negative");
    }
}
