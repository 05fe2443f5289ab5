package ado.model.core;

import ado.model.IdentityRef;
import java.util.Objects;

/**
 * A member of a team.
 *
 * @param identity    the member
 * @param isTeamAdmin whether the member administers the team, or {@code null}
 */
public record TeamMember(IdentityRef identity, Boolean isTeamAdmin) {

    /**
     * Checks that {@code identity} is present.
     *
     * @param identity    the member
     * @param isTeamAdmin whether the member administers the team, or {@code null}
     * @throws NullPointerException if {@code identity} is null
     */
    public TeamMember {
        Objects.requireNonNull(identity, "identity == null");
    }
}
