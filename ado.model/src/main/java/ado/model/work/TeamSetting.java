package ado.model.work;

import ado.core.json.JsonName;
import ado.core.json.JsonObject;
import ado.model.internal.Copies;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

/**
 * A team's settings.
 *
 * @param backlogIteration      the iteration whose descendants are the team's sprints, or {@code null}
 * @param bugsBehavior          how backlogs show bugs, or {@code null}
 * @param workingDays           the working days; empty when absent
 * @param backlogVisibilities   which backlog levels the team shows, by category reference name; empty when absent
 * @param defaultIteration      the iteration new work items get, or {@code null} (see {@code defaultIterationMacro})
 * @param defaultIterationMacro {@code @currentIteration} when new work items go to the current sprint, or
 *                              {@code null}
 * @param url                   the REST URL, or {@code null}
 * @param links                 the {@code _links} object (its {@code classificationNode} member is an array);
 *                              empty when absent
 */
public record TeamSetting(TeamSettingsIteration backlogIteration, BugsBehavior bugsBehavior,
                          List<DayOfWeek> workingDays, Map<String, Boolean> backlogVisibilities,
                          TeamSettingsIteration defaultIteration, String defaultIterationMacro, String url,
                          @JsonName("_links") JsonObject links) {

    /**
     * Copies the collections.
     *
     * @param backlogIteration      the iteration whose descendants are the team's sprints, or {@code null}
     * @param bugsBehavior          how backlogs show bugs, or {@code null}
     * @param workingDays           the working days; empty when absent
     * @param backlogVisibilities   which backlog levels the team shows, by category reference name; empty when absent
     * @param defaultIteration      the iteration new work items get, or {@code null} (see
     *                              {@code defaultIterationMacro})
     * @param defaultIterationMacro {@code @currentIteration} when new work items go to the current sprint, or
     *                              {@code null}
     * @param url                   the REST URL, or {@code null}
     * @param links                 the {@code _links} object (its {@code classificationNode} member is an array);
     *                              empty when absent
     */
    public TeamSetting {
        workingDays = Copies.list(workingDays, "workingDays");
        backlogVisibilities = Copies.map(backlogVisibilities, "backlogVisibilities");
        links = links == null ? JsonObject.EMPTY : links;
    }
}
