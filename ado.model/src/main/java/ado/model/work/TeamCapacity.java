package ado.model.work;

import ado.model.internal.Copies;
import java.util.List;

/**
 * The capacity of a team in one sprint, with totals.
 *
 * @param teamMembers         each member's capacity
 * @param totalCapacityPerDay hours a day of the whole team, or {@code null}
 * @param totalDaysOff        days off of the whole team, or {@code null}
 */
public record TeamCapacity(List<TeamMemberCapacity> teamMembers, Double totalCapacityPerDay, Integer totalDaysOff) {

    /**
     * Copies the members.
     *
     * @param teamMembers         each member's capacity
     * @param totalCapacityPerDay hours a day of the whole team, or {@code null}
     * @param totalDaysOff        days off of the whole team, or {@code null}
     */
    public TeamCapacity {
        teamMembers = Copies.list(teamMembers, "teamMembers");
    }
}
