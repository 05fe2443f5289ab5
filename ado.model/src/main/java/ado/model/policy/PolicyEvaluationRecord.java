package ado.model.policy;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.core.json.JsonValue;
import java.time.Instant;
import java.util.Objects;

/**
 * The state of one policy on one pull request ({@code _apis/policy/evaluations}).
 *
 * @param evaluationId  the evaluation id
 * @param artifactId    the pull request, {@code vstfs:///CodeReview/CodeReviewId/{projectId}/{pullRequestId}}
 * @param configuration the policy evaluated
 * @param status        its state, or {@code null}
 * @param startedDate   when it was first evaluated, or {@code null}
 * @param completedDate when it finished, or {@code null}
 * @param context       type-specific details, as sent, or {@code null}
 * @param other         members ado4j does not model; never {@code null}
 */
public record PolicyEvaluationRecord(String evaluationId, String artifactId, PolicyConfiguration configuration,
                                     PolicyEvaluationStatus status, Instant startedDate, Instant completedDate,
                                     JsonValue context, @JsonUnmapped JsonObject other) {

    /**
     * Checks the required fields.
     *
     * @param evaluationId  the evaluation id
     * @param artifactId    the pull request, {@code vstfs:///CodeReview/CodeReviewId/{projectId}/{pullRequestId}}
     * @param configuration the policy evaluated
     * @param status        its state, or {@code null}
     * @param startedDate   when it was first evaluated, or {@code null}
     * @param completedDate when it finished, or {@code null}
     * @param context       type-specific details, as sent, or {@code null}
     * @param other         members ado4j does not model; never {@code null}
     * @throws NullPointerException if {@code artifactId} or {@code configuration} is null
     */
    public PolicyEvaluationRecord {
        other = other == null ? JsonObject.EMPTY : other;
        Objects.requireNonNull(artifactId, "artifactId == null");
        Objects.requireNonNull(configuration, "configuration == null");
    }
}
