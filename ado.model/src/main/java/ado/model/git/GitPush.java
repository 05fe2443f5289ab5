package ado.model.git;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.internal.Copies;
import java.util.List;

/**
 * A push to send: ref updates whose {@code oldObjectId} must still hold (else 409, nothing changes) and the new
 * commits. To start a new branch from commit {@code c}, use {@code GitRefUpdate.push(branch, c)}.
 *
 * @param refUpdates the refs to move, one in practice
 * @param commits    the new commits, applied in order
 * @param other      members ado4j does not model; never {@code null}
 */
public record GitPush(List<GitRefUpdate> refUpdates, List<GitCommit> commits, @JsonUnmapped JsonObject other) {

    /** Copies the lists and checks that neither is empty. */
    public GitPush {
        other = other == null ? JsonObject.EMPTY : other;
        refUpdates = Copies.list(refUpdates, "refUpdates");
        commits = Copies.list(commits, "commits");
        if (refUpdates.isEmpty()) {
            throw new IllegalArgumentException("refUpdates must not be empty");
        }
        if (commits.isEmpty()) {
            throw new IllegalArgumentException("commits must not be empty");
        }
    }

    /** {@return a push of {@code commit} onto {@code branch} whose head is {@code oldObjectId}} */
    public static GitPush of(String branch, String oldObjectId, GitCommit commit) {
        return new GitPush(List.of(GitRefUpdate.push(branch, oldObjectId)), List.of(commit), null);
    }
}
