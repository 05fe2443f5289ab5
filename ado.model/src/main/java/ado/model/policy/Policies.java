package ado.model.policy;

import ado.core.ApiCall;
import ado.core.Body;
import ado.core.Paging;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Policy configurations, revisions, types and evaluations ({@code {project}/_apis/policy/...}). Every method takes a
 * project scope, {@code client.api().project(name)}.
 */
public final class Policies {

    /** The api-version of configurations, revisions and types. */
    public static final String API_VERSION = "7.1";
    /** The api-version of evaluations (preview only in 7.1). */
    public static final String EVALUATIONS_VERSION = "7.1-preview.1";

    private Policies() {
    }

    /**
     * {@return every policy configuration of the project, following continuation tokens}
     *
     * @param project the project scope ({@code client.api().project(name)})
     */
    public static Stream<PolicyConfiguration> list(ApiCall project) {
        return configurations(project).get(API_VERSION).stream(Paging.continuationHeader(PolicyConfiguration.class));
    }

    /**
     * {@return the project's configurations of policy type {@code typeId}}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param typeId  the policy type, such as {@code PolicySettings.MinimumReviewers.TYPE_ID}
     * @throws NullPointerException if {@code typeId} is null
     */
    public static Stream<PolicyConfiguration> list(ApiCall project, UUID typeId) {
        Objects.requireNonNull(typeId, "typeId == null");
        return configurations(project).query("policyType", typeId).get(API_VERSION)
                .stream(Paging.continuationHeader(PolicyConfiguration.class));
    }

    /**
     * {@return the configurations that apply to branch {@code refName} of repository {@code repositoryId}
     * ({@code _apis/git/policy/configurations}); a {@code null} refName: every branch of the repository}
     *
     * @param project      the project scope ({@code client.api().project(name)})
     * @param repositoryId the repository id
     * @param refName      the full ref name of the branch, such as {@code refs/heads/main}, or {@code null}
     * @throws NullPointerException     if {@code repositoryId} is null
     * @throws IllegalArgumentException if {@code refName} is not a well-formed full ref name
     */
    public static Stream<PolicyConfiguration> forRepository(ApiCall project, UUID repositoryId, String refName) {
        Objects.requireNonNull(repositoryId, "repositoryId == null");
        ApiCall call = project.apis("git", "policy", "configurations").query("repositoryId", repositoryId);
        if (refName != null) {
            call = call.query("refName", Checks.refName(refName, "refName"));
        }
        return call.get(API_VERSION).stream(Paging.continuationHeader(PolicyConfiguration.class));
    }

    /**
     * {@return configuration {@code id}}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param id      the configuration id, positive
     * @throws ado.core.error.AdoNotFoundException if there is none
     * @throws IllegalArgumentException            if {@code id} is not positive
     */
    public static PolicyConfiguration get(ApiCall project, int id) {
        return configuration(project, id).get(API_VERSION).as(PolicyConfiguration.class);
    }

    /**
     * {@return the new configuration, revision 1}
     *
     * @param project    the project scope ({@code client.api().project(name)})
     * @param definition the typed settings and whether it is enabled and blocking
     * @throws NullPointerException if {@code definition} is null
     */
    public static PolicyConfiguration create(ApiCall project, PolicyDefinition definition) {
        Objects.requireNonNull(definition, "definition == null");
        return configurations(project).post(API_VERSION).body(Body.json(definition.toJson()))
                .as(PolicyConfiguration.class);
    }

    /**
     * {@return configuration {@code id} replaced by {@code definition} (PUT), with the next revision}
     *
     * @param project    the project scope ({@code client.api().project(name)})
     * @param id         the configuration id, positive
     * @param definition the new settings; the type must stay the same
     * @throws NullPointerException     if {@code definition} is null
     * @throws IllegalArgumentException if {@code id} is not positive
     */
    public static PolicyConfiguration update(ApiCall project, int id, PolicyDefinition definition) {
        Objects.requireNonNull(definition, "definition == null");
        return configuration(project, id).put(API_VERSION).body(Body.json(definition.toJson()))
                .as(PolicyConfiguration.class);
    }

    /**
     * Deletes configuration {@code id}.
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param id      the configuration id, positive
     * @throws IllegalArgumentException if {@code id} is not positive
     */
    public static void delete(ApiCall project, int id) {
        configuration(project, id).delete(API_VERSION).send();
    }

    /**
     * {@return the revisions of configuration {@code id}, newest first}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param id      the configuration id, positive
     * @throws IllegalArgumentException if {@code id} is not positive
     */
    public static List<PolicyConfiguration> revisions(ApiCall project, int id) {
        return configuration(project, id).path("revisions").get(API_VERSION).asList(PolicyConfiguration.class);
    }

    /**
     * {@return revision {@code revision} of configuration {@code id}}
     *
     * @param project  the project scope ({@code client.api().project(name)})
     * @param id       the configuration id, positive
     * @param revision the revision, from 1
     * @throws IllegalArgumentException if {@code id} or {@code revision} is not positive
     */
    public static PolicyConfiguration revision(ApiCall project, int id, int revision) {
        return configuration(project, id).path("revisions", Integer.toString(Copies.positive(revision, "revision")))
                .get(API_VERSION).as(PolicyConfiguration.class);
    }

    /**
     * {@return the policy types of the project}
     *
     * @param project the project scope ({@code client.api().project(name)})
     */
    public static List<PolicyType> types(ApiCall project) {
        return project.apis("policy", "types").get(API_VERSION).asList(PolicyType.class);
    }

    /**
     * {@return policy type {@code typeId}}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param typeId  the policy type id
     * @throws NullPointerException if {@code typeId} is null
     */
    public static PolicyType type(ApiCall project, UUID typeId) {
        Objects.requireNonNull(typeId, "typeId == null");
        return project.apis("policy", "types", typeId.toString()).get(API_VERSION).as(PolicyType.class);
    }

    /**
     * {@return the artifact id of a pull request, {@code vstfs:///CodeReview/CodeReviewId/{projectId}/{id}}}
     *
     * @param projectId     the id of the project of the pull request
     * @param pullRequestId the pull request id, positive
     * @throws NullPointerException     if {@code projectId} is null
     * @throws IllegalArgumentException if {@code pullRequestId} is not positive
     */
    public static String pullRequestArtifact(UUID projectId, int pullRequestId) {
        Objects.requireNonNull(projectId, "projectId == null");
        return "vstfs:///CodeReview/CodeReviewId/" + projectId + "/" + Copies.positive(pullRequestId,
                "pullRequestId");
    }

    /**
     * {@return the evaluations of every applicable policy on pull request {@code pullRequestId}}
     *
     * @param project       the project scope ({@code client.api().project(name)})
     * @param projectId     the id of the same project (ADO names the pull request by it)
     * @param pullRequestId the pull request id, positive
     * @throws NullPointerException     if {@code projectId} is null
     * @throws IllegalArgumentException if {@code pullRequestId} is not positive
     */
    public static List<PolicyEvaluationRecord> evaluations(ApiCall project, UUID projectId, int pullRequestId) {
        return project.apis("policy", "evaluations").query("artifactId", pullRequestArtifact(projectId,
                pullRequestId)).get(EVALUATIONS_VERSION).asList(PolicyEvaluationRecord.class);
    }

    /**
     * {@return evaluation {@code evaluationId}}
     *
     * @param project      the project scope ({@code client.api().project(name)})
     * @param evaluationId the evaluation id
     * @throws NullPointerException if {@code evaluationId} is null
     */
    public static PolicyEvaluationRecord evaluation(ApiCall project, UUID evaluationId) {
        Objects.requireNonNull(evaluationId, "evaluationId == null");
        return project.apis("policy", "evaluations", evaluationId.toString()).get(EVALUATIONS_VERSION)
                .as(PolicyEvaluationRecord.class);
    }

    private static ApiCall configurations(ApiCall project) {
        return project.apis("policy", "configurations");
    }

    private static ApiCall configuration(ApiCall project, int id) {
        return configurations(project).path(Integer.toString(Copies.positive(id, "id")));
    }
}
