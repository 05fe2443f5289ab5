package ado.model.work;

import ado.core.ApiCall;
import ado.core.Body;
import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A team's sprints, with their days off and capacity ({@code {project}/{team}/_apis/work/teamsettings/iterations}).
 * Every method takes a team scope ({@code client.api().project(p).team(t)}).
 */
public final class TeamIterations {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";

    private TeamIterations() {
    }

    /**
     * {@return the team's sprints, in date order}
     *
     * @param team the team scope ({@code client.api().project(p).team(t)})
     */
    public static List<TeamSettingsIteration> list(ApiCall team) {
        return iterations(team).get(API_VERSION).asList(TeamSettingsIteration.class);
    }

    /**
     * {@return the sprint running today ({@code $timeframe=current}), if the team has one}
     *
     * @param team the team scope ({@code client.api().project(p).team(t)})
     */
    public static Optional<TeamSettingsIteration> current(ApiCall team) {
        return iterations(team).query("$timeframe", "current").get(API_VERSION)
                .asList(TeamSettingsIteration.class).stream().findFirst();
    }

    /**
     * {@return sprint {@code iterationId} of the team}
     *
     * @param team        the team scope ({@code client.api().project(p).team(t)})
     * @param iterationId the iteration node's id (its {@code identifier})
     * @throws NullPointerException if {@code iterationId} is null
     */
    public static TeamSettingsIteration get(ApiCall team, UUID iterationId) {
        return iteration(team, iterationId).get(API_VERSION).as(TeamSettingsIteration.class);
    }

    /**
     * {@return the team's new sprint: the existing iteration node {@code iterationId} (its {@code identifier})}
     *
     * @param team        the team scope ({@code client.api().project(p).team(t)})
     * @param iterationId the iteration node's id (its {@code identifier})
     * @throws ado.core.error.AdoHttpException if there is no such iteration node
     * @throws NullPointerException            if {@code iterationId} is null
     */
    public static TeamSettingsIteration add(ApiCall team, UUID iterationId) {
        Objects.requireNonNull(iterationId, "iterationId == null");
        return iterations(team).post(API_VERSION)
                .body(Body.json(JsonObject.builder().put("id", iterationId.toString()).build()))
                .as(TeamSettingsIteration.class);
    }

    /**
     * Removes sprint {@code iterationId} from the team (the iteration node stays).
     *
     * @param team        the team scope ({@code client.api().project(p).team(t)})
     * @param iterationId the iteration node's id (its {@code identifier})
     * @throws NullPointerException if {@code iterationId} is null
     */
    public static void remove(ApiCall team, UUID iterationId) {
        iteration(team, iterationId).delete(API_VERSION).send();
    }

    /**
     * {@return the days the whole team is off in sprint {@code iterationId}}
     *
     * @param team        the team scope ({@code client.api().project(p).team(t)})
     * @param iterationId the iteration node's id (its {@code identifier})
     * @throws NullPointerException if {@code iterationId} is null
     */
    public static TeamSettingsDaysOff daysOff(ApiCall team, UUID iterationId) {
        return iteration(team, iterationId).path("teamdaysoff").get(API_VERSION).as(TeamSettingsDaysOff.class);
    }

    /**
     * {@return the team's days off in sprint {@code iterationId}, replaced by {@code daysOff}}
     *
     * @param team        the team scope ({@code client.api().project(p).team(t)})
     * @param iterationId the iteration node's id (its {@code identifier})
     * @param daysOff     the team's days off; empty for none
     * @throws NullPointerException if {@code iterationId}, {@code daysOff} or one of them is null
     */
    public static TeamSettingsDaysOff updateDaysOff(ApiCall team, UUID iterationId, List<DateRange> daysOff) {
        JsonObject body = JsonObject.builder().put("daysOff", ranges(daysOff)).build();
        return iteration(team, iterationId).path("teamdaysoff").patch(API_VERSION).body(Body.json(body))
                .as(TeamSettingsDaysOff.class);
    }

    /**
     * {@return the capacity of each member in sprint {@code iterationId}, with totals}
     *
     * @param team        the team scope ({@code client.api().project(p).team(t)})
     * @param iterationId the iteration node's id (its {@code identifier})
     * @throws NullPointerException if {@code iterationId} is null
     */
    public static TeamCapacity capacities(ApiCall team, UUID iterationId) {
        return iteration(team, iterationId).path("capacities").get(API_VERSION).as(TeamCapacity.class);
    }

    /**
     * {@return member {@code memberId}'s capacity in sprint {@code iterationId} after setting it}
     *
     * @param team        the team scope ({@code client.api().project(p).team(t)})
     * @param iterationId the iteration node's id (its {@code identifier})
     * @param memberId    the member's identity id
     * @param activities  the member's activities with their capacity per day
     * @param daysOff     the member's own days off; empty for none
     * @throws NullPointerException if an argument or an element of a list is null
     */
    public static TeamMemberCapacity updateCapacity(ApiCall team, UUID iterationId, UUID memberId,
                                                    List<Activity> activities, List<DateRange> daysOff) {
        Objects.requireNonNull(memberId, "memberId == null");
        Objects.requireNonNull(activities, "activities == null");
        var list = new ArrayList<JsonValue>();
        for (Activity a : activities) {
            Objects.requireNonNull(a, "activities[] == null");
            var b = JsonObject.builder().put("name", a.name() == null ? "" : a.name());
            if (a.capacityPerDay() != null) {
                b.put("capacityPerDay", ado.core.json.JsonNumber.of(a.capacityPerDay()));
            }
            list.add(b.build());
        }
        JsonObject body = JsonObject.builder().put("activities", new JsonArray(list)).put("daysOff", ranges(daysOff))
                .build();
        return iteration(team, iterationId).path("capacities", memberId.toString()).patch(API_VERSION)
                .body(Body.json(body)).as(TeamMemberCapacity.class);
    }

    private static JsonArray ranges(List<DateRange> daysOff) {
        Objects.requireNonNull(daysOff, "daysOff == null");
        var list = new ArrayList<JsonValue>();
        for (DateRange r : daysOff) {
            Objects.requireNonNull(r, "daysOff[] == null");
            list.add(JsonObject.builder().put("start", r.start().toString()).put("end", r.end().toString()).build());
        }
        return new JsonArray(list);
    }

    private static ApiCall iterations(ApiCall team) {
        return team.apis("work", "teamsettings", "iterations");
    }

    private static ApiCall iteration(ApiCall team, UUID iterationId) {
        return iterations(team).path(Objects.requireNonNull(iterationId, "iterationId == null").toString());
    }
}
