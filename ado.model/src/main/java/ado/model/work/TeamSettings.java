package ado.model.work;

import ado.core.ApiCall;
import ado.core.Body;
import ado.core.json.JsonArray;
import ado.core.json.JsonBoolean;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.model.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A team's settings and area paths ({@code {project}/{team}/_apis/work/teamsettings}). Every method takes a team
 * scope ({@code client.api().project(p).team(t)}).
 */
public final class TeamSettings {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";

    private TeamSettings() {
    }

    /**
     * {@return the team's settings}
     *
     * @param team the team scope ({@code client.api().project(p).team(t)})
     */
    public static TeamSetting get(ApiCall team) {
        return team.apis("work", "teamsettings").get(API_VERSION).as(TeamSetting.class);
    }

    /**
     * {@return the settings after applying {@code patch}}
     *
     * @param team  the team scope ({@code client.api().project(p).team(t)})
     * @param patch the settings to change
     * @throws ado.core.error.AdoBadRequestException if an iteration in the patch does not exist
     * @throws NullPointerException                  if {@code patch} is null
     */
    public static TeamSetting update(ApiCall team, TeamSettingsPatch patch) {
        Objects.requireNonNull(patch, "patch == null");
        return team.apis("work", "teamsettings").patch(API_VERSION).body(Body.json(patch.body()))
                .as(TeamSetting.class);
    }

    /**
     * {@return the team's area paths}
     *
     * @param team the team scope ({@code client.api().project(p).team(t)})
     */
    public static TeamFieldValues fieldValues(ApiCall team) {
        return team.apis("work", "teamsettings", "teamfieldvalues").get(API_VERSION).as(TeamFieldValues.class);
    }

    /**
     * {@return the team's area paths after replacing them with {@code values}, {@code defaultValue} the default}
     *
     * @param team         the team scope ({@code client.api().project(p).team(t)})
     * @param defaultValue the default area path
     * @param values       the area paths the team owns
     * @throws ado.core.error.AdoBadRequestException if an area does not exist or the default is not among values
     * @throws NullPointerException                  if {@code defaultValue}, {@code values} or one of them is null
     * @throws IllegalArgumentException              if {@code defaultValue} is blank
     */
    public static TeamFieldValues updateFieldValues(ApiCall team, String defaultValue, List<TeamFieldValue> values) {
        Checks.nonBlank(defaultValue, "defaultValue");
        Objects.requireNonNull(values, "values == null");
        var array = new ArrayList<JsonValue>();
        for (TeamFieldValue v : values) {
            Objects.requireNonNull(v, "values[] == null");
            array.add(JsonObject.builder().put("value", v.value()).put("includeChildren", JsonBoolean.of(
                    v.includeChildren())).build());
        }
        JsonObject body = JsonObject.builder().put("defaultValue", defaultValue).put("values", new JsonArray(array))
                .build();
        return team.apis("work", "teamsettings", "teamfieldvalues").patch(API_VERSION).body(Body.json(body))
                .as(TeamFieldValues.class);
    }
}
