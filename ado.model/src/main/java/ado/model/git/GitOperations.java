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

    /** {@return the merge of commit {@code theirs} into {@code ours}, made without moving any ref} */
    public static GitMerge merge(ApiCall repo, String ours, String theirs, String comment) {
        JsonObject body = JsonObject.builder().put("parents", JsonArray.of(JsonString.of(Checks.sha(ours, "ours")),
                JsonString.of(Checks.sha(theirs, "theirs")))).put("comment", Objects.requireNonNull(comment,
                "comment == null")).build();
        return repo.path("merges").post(API_VERSION).body(Body.json(body)).as(GitMerge.class);
    }

    /** {@return merge operation {@code id}} */
    public static GitMerge merge(ApiCall repo, int id) {
        return repo.path("merges", Integer.toString(Copies.positive(id, "id"))).get(API_VERSION).as(GitMerge.class);
    }

    /** {@return the cherry-pick of {@code commitIds} (oldest first) onto {@code ontoRefName} into a new ref} */
    public static GitAsyncRefOperation cherryPick(ApiCall repo, String ontoRefName, String generatedRefName,
                                                  List<String> commitIds) {
        return start(repo, "cherryPicks", ontoRefName, generatedRefName, commits(commitIds));
    }

    /** {@return the cherry-pick of the changes of completed pull request {@code pullRequestId}} */
    public static GitAsyncRefOperation cherryPickPullRequest(ApiCall repo, String ontoRefName,
                                                             String generatedRefName, int pullRequestId) {
        return start(repo, "cherryPicks", ontoRefName, generatedRefName, pullRequest(pullRequestId));
    }

    /** {@return cherry-pick {@code id}} */
    public static GitAsyncRefOperation cherryPick(ApiCall repo, int id) {
        return get(repo, "cherryPicks", id);
    }

    /** {@return the revert of {@code commitIds} onto {@code ontoRefName} into a new ref} */
    public static GitAsyncRefOperation revert(ApiCall repo, String ontoRefName, String generatedRefName,
                                              List<String> commitIds) {
        return start(repo, "reverts", ontoRefName, generatedRefName, commits(commitIds));
    }

    /** {@return the revert of completed pull request {@code pullRequestId}} */
    public static GitAsyncRefOperation revertPullRequest(ApiCall repo, String ontoRefName, String generatedRefName,
                                                         int pullRequestId) {
        return start(repo, "reverts", ontoRefName, generatedRefName, pullRequest(pullRequestId));
    }

    /** {@return revert {@code id}} */
    public static GitAsyncRefOperation revert(ApiCall repo, int id) {
        return get(repo, "reverts", id);
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
