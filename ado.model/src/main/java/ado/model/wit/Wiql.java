package ado.model.wit;

import ado.core.ApiCall;
import ado.core.Body;
import ado.core.json.JsonObject;
import ado.model.internal.Checks;
import java.util.Objects;
import java.util.UUID;

/**
 * Running WIQL ({@code _apis/wit/wiql}). {@code scope} is an organisation, project or team scope:
 * {@code client.api()}, {@code client.api().project(p)} or {@code client.api().project(p).team(t)}; the project
 * gives {@code @Project} its value and the team gives the team macros theirs. A result holds ids only; fetch the
 * fields in batches of at most 200. Without {@code top}, a query that matches more than 20,000 work items fails
 * with Azure DevOps' VS402337 error instead of being cut.
 */
public final class Wiql {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";
    /** The longest WIQL text Azure DevOps accepts. */
    public static final int MAX_LENGTH = 32_000;

    private Wiql() {
    }

    /**
     * {@return the result of {@code wiql}}
     *
     * @param scope an organisation, project or team scope; see the class comment
     * @param wiql  the statement, such as {@code SELECT [System.Id] FROM WorkItems WHERE [System.State] = 'Active'}
     * @throws IllegalArgumentException              if {@code wiql} is blank or longer than {@value #MAX_LENGTH}
     * @throws NullPointerException                  if an argument is null
     * @throws ado.core.error.AdoBadRequestException if the statement is not valid (TF51006, TF51005) or matches more
     *                                               than 20,000 work items (VS402337)
     */
    public static WiqlResult query(ApiCall scope, String wiql) {
        return query(scope, wiql, null, null);
    }

    /**
     * {@return the result of {@code wiql}, at most {@code top} items when not {@code null}}; {@code timePrecision}
     * (when not {@code null}) makes date comparisons use the time of day
     *
     * @param scope         an organisation, project or team scope; see the class comment
     * @param wiql          the statement
     * @param top           the most work items to return ({@code $top}), or {@code null} for no limit
     * @param timePrecision whether date comparisons use the time of day, or {@code null} for the default (no)
     * @throws IllegalArgumentException              if {@code wiql} is blank or too long, or {@code top} is not
     *                                               positive
     * @throws NullPointerException                  if {@code scope} or {@code wiql} is null
     * @throws ado.core.error.AdoBadRequestException if the statement is not valid or matches more than 20,000 work
     *                                               items without {@code top}
     */
    public static WiqlResult query(ApiCall scope, String wiql, Integer top, Boolean timePrecision) {
        Objects.requireNonNull(scope, "scope == null");
        Checks.nonBlank(wiql, "wiql");
        if (wiql.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("wiql must be at most " + MAX_LENGTH + " characters: "
                    + wiql.length());
        }
        return options(scope.apis("wit", "wiql"), top, timePrecision).post(API_VERSION)
                .body(Body.json(JsonObject.builder().put("query", wiql).build())).as(WiqlResult.class);
    }

    /**
     * {@return the result of the saved query {@code queryId}}; call it on a project or team scope
     *
     * @param scope   a project or team scope
     * @param queryId the id of the saved query
     * @throws ado.core.error.AdoNotFoundException   if there is no such query (TF401243)
     * @throws ado.core.error.AdoBadRequestException if it is a folder
     * @throws NullPointerException                  if an argument is null
     */
    public static WiqlResult queryById(ApiCall scope, UUID queryId) {
        return queryById(scope, queryId, null, null);
    }

    /**
     * {@return the result of the saved query {@code queryId}, at most {@code top} items when not {@code null}}
     *
     * @param scope         a project or team scope
     * @param queryId       the id of the saved query
     * @param top           the most work items to return ({@code $top}), or {@code null} for no limit
     * @param timePrecision whether date comparisons use the time of day, or {@code null} for the default (no)
     * @throws ado.core.error.AdoNotFoundException   if there is no such query (TF401243)
     * @throws ado.core.error.AdoBadRequestException if it is a folder
     * @throws NullPointerException                  if {@code scope} or {@code queryId} is null
     * @throws IllegalArgumentException              if {@code top} is not positive
     */
    public static WiqlResult queryById(ApiCall scope, UUID queryId, Integer top, Boolean timePrecision) {
        Objects.requireNonNull(scope, "scope == null");
        Objects.requireNonNull(queryId, "queryId == null");
        return options(scope.apis("wit", "wiql", queryId.toString()), top, timePrecision).get(API_VERSION)
                .as(WiqlResult.class);
    }

    private static ApiCall options(ApiCall call, Integer top, Boolean timePrecision) {
        if (top != null && top < 1) {
            throw new IllegalArgumentException("top must be > 0: " + top);
        }
        return call.query("$top", top).query("timePrecision", timePrecision);
    }
}
