package ado.model.git;

import ado.core.ApiCall;
import ado.core.Body;
import ado.core.Paging;
import ado.core.json.JsonObject;
import ado.model.JsonPatchOperation;
import ado.model.internal.Copies;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Pull requests ({@code .../pullrequests}); {@code repo} is a repository scope such as
 * {@code client.api().project(p).repository(id)}, {@code project} a project scope. Reviewers, threads, statuses,
 * labels and iterations have their own classes ({@link PullRequestReviewers}, {@link PullRequestThreads},
 * {@link PullRequestStatuses}, {@link PullRequestLabels}, {@link PullRequestIterations}).
 */
public final class PullRequests {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";
    /** The api-version of the preview operations (properties). */
    public static final String PREVIEW = "7.1-preview.1";
    private static final int PAGE_SIZE = 100;
    private static final String ARTIFACT_PREFIX = "vstfs:///Git/PullRequestId/";

    private PullRequests() {
    }

    /**
     * {@return the new pull request}
     *
     * @param repo    the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param request the branches, title and the rest of the new pull request
     * @throws ado.core.error.AdoConflictException if an active pull request for the same branches exists
     * @throws ado.core.error.AdoNotFoundException if there is no such repository
     * @throws NullPointerException                if {@code request} is null
     */
    public static GitPullRequest create(ApiCall repo, PullRequestCreate request) {
        Objects.requireNonNull(request, "request == null");
        return repo.path("pullrequests").post(API_VERSION).body(Body.json(request)).as(GitPullRequest.class);
    }

    /**
     * {@return pull request {@code pullRequestId} of the repository}
     *
     * @param repo          the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param pullRequestId the pull request id
     * @throws ado.core.error.AdoNotFoundException if there is no such repository or pull request
     * @throws IllegalArgumentException            if {@code pullRequestId} is not positive
     */
    public static GitPullRequest get(ApiCall repo, int pullRequestId) {
        return scope(repo, pullRequestId).get(API_VERSION).as(GitPullRequest.class);
    }

    /**
     * {@return pull request {@code pullRequestId} found anywhere in the project, without naming its repository}
     *
     * @param project       the project scope, {@code client.api().project(p)}
     * @param pullRequestId the pull request id
     * @throws ado.core.error.AdoNotFoundException if the project has no such pull request
     * @throws IllegalArgumentException            if {@code pullRequestId} is not positive
     */
    public static GitPullRequest getById(ApiCall project, int pullRequestId) {
        return project.apis("git", "pullrequests", Integer.toString(Copies.positive(pullRequestId,
                "pullRequestId"))).get(API_VERSION).as(GitPullRequest.class);
    }

    /**
     * {@return the repository's pull requests {@code criteria} selects, newest first, fetched lazily 100 at a time;
     * a failed page throws from the stream}
     *
     * @param repo     the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param criteria which pull requests, {@link PullRequestSearchCriteria#ACTIVE} for the active ones
     * @throws NullPointerException if {@code criteria} is null
     */
    public static Stream<GitPullRequest> list(ApiCall repo, PullRequestSearchCriteria criteria) {
        return page(repo.path("pullrequests"), criteria, PAGE_SIZE);
    }

    /**
     * {@return the repository's pull requests {@code criteria} selects, newest first, fetched lazily
     * {@code pageSize} at a time with {@code $top}/{@code $skip}; a failed page throws from the stream}
     *
     * @param repo     the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param criteria which pull requests, {@link PullRequestSearchCriteria#ACTIVE} for the active ones
     * @param pageSize how many to fetch per request ({@code $top})
     * @throws NullPointerException     if {@code criteria} is null
     * @throws IllegalArgumentException if {@code pageSize} is not positive
     */
    public static Stream<GitPullRequest> list(ApiCall repo, PullRequestSearchCriteria criteria, int pageSize) {
        return page(repo.path("pullrequests"), criteria, pageSize);
    }

    /**
     * {@return the pull requests of every repository of the project that {@code criteria} selects, newest first,
     * fetched lazily 100 at a time; a failed page throws from the stream}
     *
     * @param project  the project scope, {@code client.api().project(p)}
     * @param criteria which pull requests, {@link PullRequestSearchCriteria#ACTIVE} for the active ones
     * @throws NullPointerException if {@code criteria} is null
     */
    public static Stream<GitPullRequest> listInProject(ApiCall project, PullRequestSearchCriteria criteria) {
        return page(project.apis("git", "pullrequests"), criteria, PAGE_SIZE);
    }

    private static Stream<GitPullRequest> page(ApiCall scope, PullRequestSearchCriteria criteria, int pageSize) {
        Objects.requireNonNull(criteria, "criteria == null");
        return scope.query(criteria.query()).get(API_VERSION)
                .stream(Paging.offset(GitPullRequest.class, Copies.positive(pageSize, "pageSize")));
    }

    /**
     * {@return the pull request after applying {@code update}}: title, description, draft flag, status (abandon,
     * reactivate, complete), auto-complete and completion options
     *
     * @param repo          the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param pullRequestId the pull request id
     * @param update        the changes; components left {@code null} stay as they are
     * @throws ado.core.error.AdoBadRequestException if the pull request's state does not allow the change
     * @throws ado.core.error.AdoConflictException   if completion is blocked (reviewers, conflicts)
     * @throws ado.core.error.AdoNotFoundException   if there is no such repository or pull request
     * @throws NullPointerException                  if {@code update} is null
     * @throws IllegalArgumentException              if {@code pullRequestId} is not positive
     */
    public static GitPullRequest update(ApiCall repo, int pullRequestId, PullRequestUpdate update) {
        Objects.requireNonNull(update, "update == null");
        return scope(repo, pullRequestId).patch(API_VERSION).body(Body.json(update)).as(GitPullRequest.class);
    }

    /**
     * {@return the commits of the pull request, newest first, all pages read}
     *
     * @param repo          the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param pullRequestId the pull request id
     * @throws ado.core.error.AdoNotFoundException if there is no such repository or pull request
     * @throws IllegalArgumentException            if {@code pullRequestId} is not positive
     */
    public static List<GitCommitRef> commits(ApiCall repo, int pullRequestId) {
        return scope(repo, pullRequestId).path("commits").get(API_VERSION)
                .stream(Paging.offset(GitCommitRef.class, PAGE_SIZE)).toList();
    }

    /**
     * {@return {@code query} with its results: per query, the pull requests found for each commit id}
     *
     * @param repo  the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param query the queries, such as {@code GitPullRequestQuery.of(GitPullRequestQueryType.LAST_MERGE_COMMIT,
     *              List.of(sha))}
     * @throws ado.core.error.AdoNotFoundException if there is no such repository
     */
    public static GitPullRequestQuery query(ApiCall repo, GitPullRequestQuery query) {
        Objects.requireNonNull(query, "query == null");
        return repo.path("pullrequestquery").post(API_VERSION).body(Body.json(query)).as(GitPullRequestQuery.class);
    }

    /**
     * {@return the pull requests whose merge created commit {@code commitId} (their {@code lastMergeCommit}), newest
     * first as the server lists them; empty if none}
     *
     * @param repo     the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param commitId the commit id
     * @throws ado.core.error.AdoNotFoundException if there is no such repository
     */
    public static List<GitPullRequest> byMergeCommit(ApiCall repo, String commitId) {
        Objects.requireNonNull(commitId, "commitId == null");
        GitPullRequestQuery answer = query(repo, GitPullRequestQuery.of(GitPullRequestQueryType.LAST_MERGE_COMMIT,
                List.of(commitId)));
        return answer.results().stream().flatMap(r -> r.entrySet().stream())
                .filter(e -> e.getKey().equalsIgnoreCase(commitId)).flatMap(e -> e.getValue().stream()).toList();
    }

    /**
     * {@return references to the work items linked to the pull request, all pages read}
     *
     * @param repo          the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param pullRequestId the pull request id
     * @throws ado.core.error.AdoNotFoundException if there is no such repository or pull request
     * @throws IllegalArgumentException            if {@code pullRequestId} is not positive
     */
    public static List<ResourceRef> workItems(ApiCall repo, int pullRequestId) {
        return scope(repo, pullRequestId).path("workitems").get(API_VERSION)
                .stream(Paging.offset(ResourceRef.class, PAGE_SIZE)).toList();
    }

    /**
     * {@return the pull request's properties: {@code {"count", "value": {name: {"$type", "$value"}}}}}
     *
     * @param repo          the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param pullRequestId the pull request id
     * @throws ado.core.error.AdoNotFoundException if there is no such repository or pull request
     * @throws IllegalArgumentException            if {@code pullRequestId} is not positive
     */
    public static JsonObject properties(ApiCall repo, int pullRequestId) {
        return scope(repo, pullRequestId).path("properties").get(PREVIEW).as(JsonObject.class);
    }

    /**
     * {@return the properties after applying the JSON Patch {@code operations} (add, replace, remove)}
     *
     * @param repo          the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param pullRequestId the pull request id
     * @param operations    the patch, with paths such as {@code /MyKey}
     * @throws ado.core.error.AdoNotFoundException if there is no such repository or pull request
     * @throws NullPointerException                if {@code operations} is null or contains null
     * @throws IllegalArgumentException            if {@code pullRequestId} is not positive
     */
    public static JsonObject updateProperties(ApiCall repo, int pullRequestId, List<JsonPatchOperation> operations) {
        Objects.requireNonNull(operations, "operations == null");
        return scope(repo, pullRequestId).path("properties").patch(PREVIEW)
                .body(Body.jsonPatch(List.copyOf(operations))).as(JsonObject.class);
    }

    /**
     * {@return the artifact link of a pull request, {@code vstfs:///Git/PullRequestId/{project}%2F{repo}%2F{id}}},
     * the URL a work item's {@code ArtifactLink} relation names it by
     *
     * @param projectId     the id of the pull request's project
     * @param repositoryId  the id of its repository
     * @param pullRequestId the pull request id
     * @throws NullPointerException     if {@code projectId} or {@code repositoryId} is null
     * @throws IllegalArgumentException if {@code pullRequestId} is not positive
     */
    public static String artifactId(UUID projectId, UUID repositoryId, int pullRequestId) {
        Objects.requireNonNull(projectId, "projectId == null");
        Objects.requireNonNull(repositoryId, "repositoryId == null");
        return ARTIFACT_PREFIX + projectId + "%2F" + repositoryId + "%2F"
                + Copies.positive(pullRequestId, "pullRequestId");
    }

    /**
     * {@return the pull request id of artifact link {@code artifactId}} ({@code %2F} in either case)
     *
     * @param artifactId the artifact link, as {@link #artifactId} makes it
     * @throws NullPointerException     if {@code artifactId} is null
     * @throws IllegalArgumentException if it is not a pull-request artifact link
     */
    public static int idOfArtifact(String artifactId) {
        Objects.requireNonNull(artifactId, "artifactId == null");
        String[] parts = artifactId.startsWith(ARTIFACT_PREFIX)
                ? artifactId.substring(ARTIFACT_PREFIX.length()).split("(?i)%2F") : new String[0];
        if (parts.length != 3 || !parts[2].matches("[1-9][0-9]{0,9}")) {
            throw new IllegalArgumentException("artifactId must be " + ARTIFACT_PREFIX
                    + "{project}%2F{repository}%2F{id}: '" + artifactId + "'");
        }
        UUID.fromString(parts[0]);
        UUID.fromString(parts[1]);
        return Integer.parseInt(parts[2]);
    }

    /**
     * {@return the work item after linking it to the pull request {@code artifactId}}: adds an {@code ArtifactLink}
     * relation named {@code Pull Request} through the work item update ({@code PATCH _apis/wit/workitems/{id}}),
     * which is how Azure DevOps links both sides
     *
     * @param project    the project scope of the work item, {@code client.api().project(p)}
     * @param workItemId the work item id
     * @param artifactId the pull request's artifact link, from {@link #artifactId}
     * @throws ado.core.error.AdoNotFoundException if there is no such work item
     * @throws NullPointerException                if {@code artifactId} is null
     * @throws IllegalArgumentException            if {@code artifactId} is not a pull-request artifact link or
     *                                             {@code workItemId} is not positive
     */
    public static ado.model.wit.WorkItem linkWorkItem(ApiCall project, int workItemId, String artifactId) {
        idOfArtifact(artifactId);
        JsonObject relation = JsonObject.builder().put("rel", "ArtifactLink").put("url", artifactId)
                .put("attributes", JsonObject.builder().put("name", "Pull Request").build()).build();
        return project.apis("wit", "workitems", Integer.toString(Copies.positive(workItemId, "workItemId")))
                .patch(API_VERSION).body(Body.jsonPatch(List.of(JsonPatchOperation.add("/relations/-", relation))))
                .as(ado.model.wit.WorkItem.class);
    }

    static ApiCall scope(ApiCall repo, int pullRequestId) {
        return repo.path("pullrequests", Integer.toString(Copies.positive(pullRequestId, "pullRequestId")));
    }
}
