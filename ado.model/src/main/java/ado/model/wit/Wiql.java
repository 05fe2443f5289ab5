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
     * @throws IllegalArgumentException              if {@code wiql} is blank or longer than {@value #MAX_LENGTH}
     * @throws ado.core.error.AdoBadRequestException if the statement is not valid (TF51006, TF51005) or matches
     *                                               more than 20,000 work items (VS402337)
     */
    public static WiqlResult query(ApiCall scope, String wiql) {
        return query(scope, wiql, null, null);
    }

    /**
     * {@return the result of {@code wiql}, at most {@code top} items when not {@code null}}; {@code timePrecision}
     * (when not {@code null}) makes date comparisons use the time of day
     *
     * @throws IllegalArgumentException if {@code wiql} is blank or too long, or {@code top} is not positive
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
     * @throws ado.core.error.AdoNotFoundException   if there is no such query (TF401243)
     * @throws ado.core.error.AdoBadRequestException if it is a folder
     */
    public static WiqlResult queryById(ApiCall scope, UUID queryId) {
        return queryById(scope, queryId, null, null);
    }

    /** {@return the result of the saved query {@code queryId}, at most {@code top} items when not {@code null}} */
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
