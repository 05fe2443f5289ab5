package ado.model.distributedtask;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import java.time.Instant;
import java.util.UUID;

/**
 * An orchestration plan: what the task plane runs for a build (hub {@code build}) or a check.
 *
 * @param planId          the plan id
 * @param planType        the hub
 * @param scopeIdentifier the project id
 * @param version         the plan version
 * @param state           inProgress or completed
 * @param result          the result once completed
 * @param timeline        its timeline ({@code id}, {@code changeId}, {@code location})
 * @param owner           what owns it ({@code id}, {@code name}: the build)
 * @param definition      the definition ({@code id}, {@code name})
 * @param artifactUri     the owner's URI, such as {@code vstfs:///Build/Build/5}
 * @param startTime       when it started
 * @param finishTime      when it finished
 * @param other           members ado4j does not model; never {@code null}
 */
public record TaskPlan(UUID planId, String planType, UUID scopeIdentifier, Integer version, String state,
                       String result, JsonObject timeline, JsonObject owner, JsonObject definition,
                       String artifactUri, Instant startTime, Instant finishTime, @JsonUnmapped JsonObject other) {

    /**
     * Checks the id.
     *
     * @param planId          the plan id
     * @param planType        the hub
     * @param scopeIdentifier the project id
     * @param version         the plan version
     * @param state           inProgress or completed
     * @param result          the result once completed
     * @param timeline        its timeline ({@code id}, {@code changeId}, {@code location})
     * @param owner           what owns it ({@code id}, {@code name}: the build)
     * @param definition      the definition ({@code id}, {@code name})
     * @param artifactUri     the owner's URI, such as {@code vstfs:///Build/Build/5}
     * @param startTime       when it started
     * @param finishTime      when it finished
     * @param other           members ado4j does not model; never {@code null}
     * @throws NullPointerException if {@code planId} is null
     */
    public TaskPlan {
        java.util.Objects.requireNonNull(planId, "planId == null");
        other = other == null ? JsonObject.EMPTY : other;
    }
}
