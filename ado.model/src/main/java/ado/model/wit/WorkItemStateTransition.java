package ado.model.wit;

import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.List;

/**
 * An allowed state change of a work item type.
 *
 * @param to      the target state
 * @param actions the actions that trigger it, such as {@code Microsoft.VSTS.Actions.Checkin}; empty when none
 */
public record WorkItemStateTransition(String to, List<String> actions) {

    /**
     * Checks {@code to} and copies {@code actions}.
     *
     * @param to      the target state
     * @param actions the actions that trigger it, such as {@code Microsoft.VSTS.Actions.Checkin}; empty when none
     * @throws NullPointerException     if {@code to} is null or {@code actions} contains null
     * @throws IllegalArgumentException if {@code to} is blank
     */
    public WorkItemStateTransition {
        Checks.nonBlank(to, "to");
        actions = Copies.list(actions, "actions");
    }
}
