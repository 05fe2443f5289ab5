package ado.model.distributedtask;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import java.time.Instant;

/**
 * One deployment to an environment ({@code EnvironmentDeploymentExecutionRecord}).
 *
 * @param id            the record id
 * @param environmentId the environment id
 * @param planType      the plan type ({@code Build}), or {@code null}
 * @param stageName     the stage that deployed, or {@code null}
 * @param jobName       the job that deployed, or {@code null}
 * @param definition    the pipeline {@code {id, name, _links}}, or {@code null}
 * @param owner         the run {@code {id, name, _links}}, or {@code null}
 * @param result        the result ({@code succeeded}, {@code failed}, ...), or {@code null}
 * @param queueTime     when it was queued, or {@code null}
 * @param startTime     when it started, or {@code null}
 * @param finishTime    when it finished, or {@code null}
 * @param other         the members ado4j does not model; empty when none
 */
public record EnvironmentDeploymentRecord(long id, int environmentId, String planType, String stageName,
                                          String jobName, JsonObject definition, JsonObject owner, String result,
                                          Instant queueTime, Instant startTime, Instant finishTime,
                                          @JsonUnmapped JsonObject other) {

    /**
     * Defaults {@code other} to empty.
     *
     * @param id            the record id
     * @param environmentId the environment id
     * @param planType      the plan type ({@code Build}), or {@code null}
     * @param stageName     the stage that deployed, or {@code null}
     * @param jobName       the job that deployed, or {@code null}
     * @param definition    the pipeline {@code {id, name, _links}}, or {@code null}
     * @param owner         the run {@code {id, name, _links}}, or {@code null}
     * @param result        the result ({@code succeeded}, {@code failed}, ...), or {@code null}
     * @param queueTime     when it was queued, or {@code null}
     * @param startTime     when it started, or {@code null}
     * @param finishTime    when it finished, or {@code null}
     * @param other         the members ado4j does not model; empty when none
     */
    public EnvironmentDeploymentRecord {
        other = other == null ? JsonObject.EMPTY : other;
    }
}
