package ado.oop;

import ado.core.ApiCall;
import ado.model.git.GitPullRequestChange;
import ado.model.git.GitPullRequestIteration;
import ado.model.git.PullRequestIterations;
import ado.model.git.PullRequestThreadContext;
import java.util.List;

/** The iteration context of a comment anchored to a file ({@link PullRequest#comment(String,
 * ado.model.git.CommentThreadContext)}). Stateless. */
final class ThreadAnchors {

    private ThreadAnchors() {
    }

    /** {@return {@code text}} after checking it is a comment's text: not null, not blank */
    static String requireText(String text) {
        java.util.Objects.requireNonNull(text, "text == null");
        if (text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank");
        }
        return text;
    }

    /**
     * {@return the first iteration compared with the latest, with the change tracking id of {@code filePath} in the
     * latest iteration's changes (none when the pull request does not change it)}; two requests
     */
    static PullRequestThreadContext latest(ApiCall repo, int pullRequestId, String filePath) {
        List<GitPullRequestIteration> all = PullRequestIterations.list(repo, pullRequestId);
        if (all.isEmpty()) {
            throw ClientFailures.unexpectedAnswer("the iterations of pull request " + pullRequestId);
        }
        int latest = all.get(all.size() - 1).id();
        Integer tracking = PullRequestIterations.changes(repo, pullRequestId, latest).changeEntries().stream()
                .filter(c -> filePath.equals(c.item().path())).map(GitPullRequestChange::changeTrackingId)
                .findFirst().orElse(null);
        return new PullRequestThreadContext(new PullRequestThreadContext.Iterations(1, latest), tracking);
    }
}
