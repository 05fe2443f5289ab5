package ado.model.git;

import ado.core.ApiCall;
import ado.core.Body;
import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.List;
import java.util.Objects;

/**
 * Merges, cherry-picks and reverts of a repository ({@code .../merges}, {@code .../cherryPicks},
 * {@code .../reverts}); {@code repo} is a repository scope. Azure DevOps runs them asynchronously: poll the
 * {@code get} methods until the status is {@code COMPLETED} or {@code FAILED}.
 */
public final class GitOperations {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";

    private GitOperations() {
    }

    /**
     * {@return the merge of commit {@code theirs} into {@code ours}, made without moving any ref; it runs
     * asynchronously: poll {@link #merge(ApiCall, int)} for the outcome}
     *
     * @param repo    the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param ours    the first parent, a commit id (40 lowercase hex digits)
     * @param theirs  the second parent, a commit id
     * @param comment the commit message of the merge commit
     * @throws ado.core.error.AdoNotFoundException if there is no such repository
     * @throws NullPointerException                if an argument is null
     * @throws IllegalArgumentException            if {@code ours} or {@code theirs} is not a commit id
     */
    public static GitMerge merge(ApiCall repo, String ours, String theirs, String comment) {
        JsonObject body = JsonObject.builder().put("parents", JsonArray.of(JsonString.of(Checks.sha(ours, "ours")),
                JsonString.of(Checks.sha(theirs, "theirs")))).put("comment", Objects.requireNonNull(comment,
                "comment == null")).build();
        return repo.path("merges").post(API_VERSION).body(Body.json(body)).as(GitMerge.class);
    }

    /**
     * {@return merge operation {@code id}, with its status and, once completed, the merge commit}
     *
     * @param repo the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param id   the merge id, from the answer that started it
     * @throws ado.core.error.AdoNotFoundException if there is no such repository or merge
     * @throws IllegalArgumentException            if {@code id} is not positive
     */
    public static GitMerge merge(ApiCall repo, int id) {
        return repo.path("merges", Integer.toString(Copies.positive(id, "id"))).get(API_VERSION).as(GitMerge.class);
    }

    /**
     * {@return the started cherry-pick of {@code commitIds} (oldest first) onto {@code ontoRefName} into a new ref}
     *
     * @param repo             the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param ontoRefName      the full name of the branch to apply the changes onto, such as {@code refs/heads/main}
     * @param generatedRefName the full name of the new branch that gets the result; must not exist yet
     * @param commitIds        the commits to apply (40 lowercase hex digits each), oldest first
     * @throws ado.core.error.AdoNotFoundException if there is no such repository
     * @throws NullPointerException                if an argument is null or {@code commitIds} contains null
     * @throws IllegalArgumentException            if a ref name is not a well-formed full ref name, {@code commitIds}
     *                                             is empty or holds something other than a commit id
     */
    public static GitAsyncRefOperation cherryPick(ApiCall repo, String ontoRefName, String generatedRefName,
                                                  List<String> commitIds) {
        return start(repo, "cherryPicks", ontoRefName, generatedRefName, commits(commitIds));
    }

    /**
     * {@return the started cherry-pick of the changes of completed pull request {@code pullRequestId}}
     *
     * @param repo             the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param ontoRefName      the full name of the branch to apply the changes onto, such as {@code refs/heads/main}
     * @param generatedRefName the full name of the new branch that gets the result; must not exist yet
     * @param pullRequestId    the id of a completed pull request of the repository
     * @throws ado.core.error.AdoNotFoundException if there is no such repository
     * @throws NullPointerException                if a ref name is null
     * @throws IllegalArgumentException            if a ref name is not a well-formed full ref name or
     *                                             {@code pullRequestId} is not positive
     */
    public static GitAsyncRefOperation cherryPickPullRequest(ApiCall repo, String ontoRefName,
                                                             String generatedRefName, int pullRequestId) {
        return start(repo, "cherryPicks", ontoRefName, generatedRefName, pullRequest(pullRequestId));
    }

    /**
     * {@return cherry-pick {@code id}, with its status}
     *
     * @param repo the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param id   the cherry-pick id, from the answer that started it
     * @throws ado.core.error.AdoNotFoundException if there is no such repository or cherry-pick
     * @throws IllegalArgumentException            if {@code id} is not positive
     */
    public static GitAsyncRefOperation cherryPick(ApiCall repo, int id) {
        return get(repo, "cherryPicks", id);
    }

    /**
     * {@return the started revert of {@code commitIds} onto {@code ontoRefName} into a new ref}
     *
     * @param repo             the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param ontoRefName      the full name of the branch to apply the changes onto, such as {@code refs/heads/main}
     * @param generatedRefName the full name of the new branch that gets the result; must not exist yet
     * @param commitIds        the commits to revert (40 lowercase hex digits each)
     * @throws ado.core.error.AdoNotFoundException if there is no such repository
     * @throws NullPointerException                if an argument is null or {@code commitIds} contains null
     * @throws IllegalArgumentException            if a ref name is not a well-formed full ref name, {@code commitIds}
     *                                             is empty or holds something other than a commit id
     */
    public static GitAsyncRefOperation revert(ApiCall repo, String ontoRefName, String generatedRefName,
                                              List<String> commitIds) {
        return start(repo, "reverts", ontoRefName, generatedRefName, commits(commitIds));
    }

    /**
     * {@return the started revert of completed pull request {@code pullRequestId}}
     *
     * @param repo             the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param ontoRefName      the full name of the branch to apply the changes onto, such as {@code refs/heads/main}
     * @param generatedRefName the full name of the new branch that gets the result; must not exist yet
     * @param pullRequestId    the id of a completed pull request of the repository
     * @throws ado.core.error.AdoNotFoundException if there is no such repository
     * @throws NullPointerException                if a ref name is null
     * @throws IllegalArgumentException            if a ref name is not a well-formed full ref name or
     *                                             {@code pullRequestId} is not positive
     */
    public static GitAsyncRefOperation revertPullRequest(ApiCall repo, String ontoRefName, String generatedRefName,
                                                         int pullRequestId) {
        return start(repo, "reverts", ontoRefName, generatedRefName, pullRequest(pullRequestId));
    }

    /**
     * {@return revert {@code id}, with its status}
     *
     * @param repo the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param id   the revert id, from the answer that started it
     * @throws ado.core.error.AdoNotFoundException if there is no such repository or revert
     * @throws IllegalArgumentException            if {@code id} is not positive
     */
    public static GitAsyncRefOperation revert(ApiCall repo, int id) {
        return get(repo, "reverts", id);
    }

    /**
     * {@return the latest cherry-pick whose generated ref is {@code generatedRefName} (Azure DevOps looks at its
     * 1000 most recent ones); how to find a cherry-pick whose start answer was lost}
     *
     * @param repo             the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param generatedRefName the full name of the ref the cherry-pick was asked to create
     * @throws ado.core.error.AdoNotFoundException if there is no such repository or cherry-pick
     * @throws NullPointerException                if {@code generatedRefName} is null
     * @throws IllegalArgumentException            if {@code generatedRefName} is not a well-formed full ref name
     */
    public static GitAsyncRefOperation cherryPickForRef(ApiCall repo, String generatedRefName) {
        return forRef(repo, "cherryPicks", generatedRefName);
    }

    /**
     * {@return the latest revert whose generated ref is {@code generatedRefName} (Azure DevOps looks at its 1000
     * most recent ones); how to find a revert whose start answer was lost}
     *
     * @param repo             the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param generatedRefName the full name of the ref the revert was asked to create
     * @throws ado.core.error.AdoNotFoundException if there is no such repository or revert
     * @throws NullPointerException                if {@code generatedRefName} is null
     * @throws IllegalArgumentException            if {@code generatedRefName} is not a well-formed full ref name
     */
    public static GitAsyncRefOperation revertForRef(ApiCall repo, String generatedRefName) {
        return forRef(repo, "reverts", generatedRefName);
    }

    private static GitAsyncRefOperation forRef(ApiCall repo, String kind, String generatedRefName) {
        return repo.path(kind).query("refName", Checks.refName(generatedRefName, "generatedRefName"))
                .get(API_VERSION).as(GitAsyncRefOperation.class);
    }

    private static JsonObject commits(List<String> commitIds) {
        Objects.requireNonNull(commitIds, "commitIds == null");
        if (commitIds.isEmpty()) {
            throw new IllegalArgumentException("commitIds must not be empty");
        }
        return JsonObject.builder().put("commitList", new JsonArray(commitIds.stream().map(id -> (JsonValue)
                JsonObject.builder().put("commitId", Checks.sha(id, "commitId")).build()).toList())).build();
    }

    private static JsonObject pullRequest(int pullRequestId) {
        return JsonObject.builder().put("pullRequestId", Copies.positive(pullRequestId, "pullRequestId")).build();
    }

    private static GitAsyncRefOperation start(ApiCall repo, String kind, String onto, String generated,
                                              JsonObject source) {
        JsonObject body = JsonObject.builder().put("ontoRefName", Checks.refName(onto, "ontoRefName"))
                .put("generatedRefName", Checks.refName(generated, "generatedRefName")).put("source", source)
                .build();
        return repo.path(kind).post(API_VERSION).body(Body.json(body)).as(GitAsyncRefOperation.class);
    }

    private static GitAsyncRefOperation get(ApiCall repo, String kind, int id) {
        return repo.path(kind, Integer.toString(Copies.positive(id, "id"))).get(API_VERSION)
                .as(GitAsyncRefOperation.class);
    }
}
