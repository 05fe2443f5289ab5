package ado.model.git;

import ado.core.ApiCall;
import ado.core.Body;
import ado.core.json.JsonObject;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The reviewers of a pull request ({@code .../pullrequests/{id}/reviewers}). Votes are ADO's values: 10
 * (approved), 5 (approved with suggestions), 0 (no vote), -5 (waiting for author), -10 (rejected).
 */
public final class PullRequestReviewers {

    /** The allowed votes. */
    public static final List<Integer> VOTES = List.of(10, 5, 0, -5, -10);
    private static final String VERSION = PullRequests.API_VERSION;

    private PullRequestReviewers() {
    }

    /**
     * {@return the reviewers and their votes}
     *
     * @param repo          the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param pullRequestId the pull request id
     * @throws ado.core.error.AdoNotFoundException if there is no such repository or pull request
     * @throws IllegalArgumentException            if {@code pullRequestId} is not positive
     */
    public static List<IdentityRefWithVote> list(ApiCall repo, int pullRequestId) {
        return PullRequests.scope(repo, pullRequestId).path("reviewers").get(VERSION)
                .asList(IdentityRefWithVote.class);
    }

    /**
     * {@return reviewer {@code reviewerId}, added (required or optional) or updated}
     *
     * @param repo          the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param pullRequestId the pull request id
     * @param reviewerId    the reviewer's identity id
     * @param required      whether the reviewer must approve ({@code isRequired})
     * @throws ado.core.error.AdoNotFoundException if there is no such repository or pull request
     * @throws NullPointerException                if {@code reviewerId} is null
     * @throws IllegalArgumentException            if {@code pullRequestId} is not positive
     */
    public static IdentityRefWithVote add(ApiCall repo, int pullRequestId, UUID reviewerId, boolean required) {
        return put(repo, pullRequestId, reviewerId, JsonObject.builder().put("isRequired", required).build());
    }

    /**
     * {@return reviewer {@code reviewerId} after casting {@code vote}}
     *
     * @param repo          the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param pullRequestId the pull request id
     * @param reviewerId    the reviewer's identity id
     * @param vote          10 approved, 5 approved with suggestions, 0 no vote, -5 waiting for the author,
     *                      -10 rejected
     * @throws ado.core.error.AdoNotFoundException if there is no such repository or pull request
     * @throws NullPointerException                if {@code reviewerId} is null
     * @throws IllegalArgumentException            if {@code vote} is not one of {@link #VOTES} or {@code pullRequestId}
     *                                             is not positive
     */
    public static IdentityRefWithVote vote(ApiCall repo, int pullRequestId, UUID reviewerId, int vote) {
        if (!VOTES.contains(vote)) {
            throw new IllegalArgumentException("vote must be one of " + VOTES + ": " + vote);
        }
        return put(repo, pullRequestId, reviewerId, JsonObject.builder().put("vote", vote).build());
    }

    /**
     * {@return reviewer {@code reviewerId} after casting {@code vote}, marked as a re-approval ({@code isReapprove})
     * when {@code reapprove} is set}
     *
     * @param repo          the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param pullRequestId the pull request id
     * @param reviewerId    the reviewer's identity id
     * @param vote          10 approved, 5 approved with suggestions, 0 no vote, -5 waiting for the author,
     *                      -10 rejected
     * @param reapprove     whether this vote approves again after the votes were reset
     * @throws ado.core.error.AdoNotFoundException if there is no such repository or pull request
     * @throws NullPointerException                if {@code reviewerId} is null
     * @throws IllegalArgumentException            if {@code vote} is not one of {@link #VOTES} or {@code pullRequestId}
     *                                             is not positive
     */
    public static IdentityRefWithVote vote(ApiCall repo, int pullRequestId, UUID reviewerId, int vote,
                                           boolean reapprove) {
        if (!VOTES.contains(vote)) {
            throw new IllegalArgumentException("vote must be one of " + VOTES + ": " + vote);
        }
        return put(repo, pullRequestId, reviewerId, JsonObject.builder().put("vote", vote)
                .put("isReapprove", reapprove).build());
    }

    /**
     * {@return reviewer {@code reviewerId} after declining the review ({@code hasDeclined})}
     *
     * @param repo          the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param pullRequestId the pull request id
     * @param reviewerId    the reviewer's identity id
     * @throws ado.core.error.AdoNotFoundException if there is no such repository, pull request or reviewer
     * @throws NullPointerException                if {@code reviewerId} is null
     * @throws IllegalArgumentException            if {@code pullRequestId} is not positive
     */
    public static IdentityRefWithVote decline(ApiCall repo, int pullRequestId, UUID reviewerId) {
        return reviewer(repo, pullRequestId, reviewerId).patch(VERSION)
                .body(Body.json(JsonObject.builder().put("hasDeclined", true).build()))
                .as(IdentityRefWithVote.class);
    }

    /**
     * Removes reviewer {@code reviewerId}.
     *
     * @param repo          the repository scope, {@code client.api().project(p).repository(idOrName)}
     * @param pullRequestId the pull request id
     * @param reviewerId    the reviewer's identity id
     * @throws ado.core.error.AdoNotFoundException if there is no such repository or pull request
     * @throws NullPointerException                if {@code reviewerId} is null
     * @throws IllegalArgumentException            if {@code pullRequestId} is not positive
     */
    public static void remove(ApiCall repo, int pullRequestId, UUID reviewerId) {
        reviewer(repo, pullRequestId, reviewerId).delete(VERSION).send();
    }

    private static IdentityRefWithVote put(ApiCall repo, int pullRequestId, UUID reviewerId, JsonObject body) {
        return reviewer(repo, pullRequestId, reviewerId).put(VERSION).body(Body.json(body))
                .as(IdentityRefWithVote.class);
    }

    private static ApiCall reviewer(ApiCall repo, int pullRequestId, UUID reviewerId) {
        Objects.requireNonNull(reviewerId, "reviewerId == null");
        return PullRequests.scope(repo, pullRequestId).path("reviewers", reviewerId.toString());
    }
}
