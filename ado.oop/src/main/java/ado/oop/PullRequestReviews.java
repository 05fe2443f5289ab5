package ado.oop;

import ado.model.git.CommentThreadContext;
import ado.model.git.CommentThreadStatus;
import ado.model.git.GitPullRequestCommentThread;
import ado.model.git.IdentityRefWithVote;
import ado.model.git.PullRequestReviewers;
import ado.model.git.PullRequestThreads;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The review of one pull request, its reviewers, votes and comment threads: the logic behind
 * {@link PullRequest#addReviewer(UUID, boolean)}, {@link PullRequest#vote(UUID, Vote, boolean)},
 * {@link PullRequest#removeReviewer(UUID)} and the anchored {@link PullRequest#comment(String,
 * CommentThreadContext)}. A change to the reviewers reloads the pull request (a vote may complete it). Stateless.
 */
final class PullRequestReviews {

    private PullRequestReviews() {
    }

    /** {@return the reviewer {@code identity}, added as required or optional; reloads the pull request} */
    static IdentityRefWithVote add(PullRequest pr, UUID identity, boolean required) {
        IdentityRefWithVote r = PullRequestReviewers.add(pr.repository().api(), pr.id(), identity, required);
        pr.refresh();
        return r;
    }

    /**
     * {@return reviewer {@code identity} after casting {@code vote}, as a re-approval if {@code reapprove} is true,
     * without saying if it is null; reloads the pull request}
     */
    static IdentityRefWithVote vote(PullRequest pr, UUID identity, Vote vote, Boolean reapprove) {
        Objects.requireNonNull(vote, "vote == null");
        IdentityRefWithVote r = reapprove == null
                ? PullRequestReviewers.vote(pr.repository().api(), pr.id(), identity, vote.value())
                : PullRequestReviewers.vote(pr.repository().api(), pr.id(), identity, vote.value(), reapprove);
        pr.refresh();
        return r;
    }

    /** Removes reviewer {@code identity}; reloads the pull request. */
    static void remove(PullRequest pr, UUID identity) {
        Objects.requireNonNull(identity, "identity == null");
        PullRequestReviewers.remove(pr.repository().api(), pr.id(), identity);
        pr.refresh();
    }

    /** {@return the reviewers and their votes} */
    static List<IdentityRefWithVote> list(PullRequest pr) {
        return PullRequestReviewers.list(pr.repository().api(), pr.id());
    }

    /**
     * {@return a new active thread opened with {@code text} on the lines of {@code where}, kept there by its
     * iteration context and change tracking id (two requests read them first)}
     */
    static GitPullRequestCommentThread comment(PullRequest pr, String text, CommentThreadContext where) {
        ThreadAnchors.requireText(text);
        Objects.requireNonNull(where, "where == null");
        return comment(pr, text, CommentThreadStatus.ACTIVE, new PullRequestThreads.Anchor(where,
                ThreadAnchors.latest(pr.repository().api(), pr.id(), where.filePath())));
    }

    /** {@return a new thread with {@code status}, opened with comment {@code text} and anchored as {@code anchor}} */
    static GitPullRequestCommentThread comment(PullRequest pr, String text, CommentThreadStatus status,
                                               PullRequestThreads.Anchor anchor) {
        ThreadAnchors.requireText(text);
        Objects.requireNonNull(status, "status == null");
        Objects.requireNonNull(anchor, "anchor == null");
        return PullRequestThreads.create(pr.repository().api(), pr.id(), text, status, anchor);
    }
}
