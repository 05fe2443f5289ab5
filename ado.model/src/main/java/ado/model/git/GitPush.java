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

    /**
     * Copies the lists and checks that neither is empty.
     *
     * @param refUpdates the refs to move, one in practice
     * @param commits    the new commits, applied in order
     * @param other      members ado4j does not model; never {@code null}
     * @throws NullPointerException     if {@code refUpdates} or {@code commits} contains null
     * @throws IllegalArgumentException if {@code refUpdates} or {@code commits} is empty or absent
     */
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

    /**
     * {@return a push of {@code commit} onto {@code branch} whose head is {@code oldObjectId}}
     *
     * @param branch      the branch name, short or full
     * @param oldObjectId the branch's head now ({@link GitRefUpdate#ZERO_SHA} for a new branch); the push fails if
     *                    it moved
     * @param commit      the commit to push
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code branch} is not a well-formed branch name or {@code oldObjectId} is not
     *                                  a SHA-1
     */
    public static GitPush of(String branch, String oldObjectId, GitCommit commit) {
        return new GitPush(List.of(GitRefUpdate.push(branch, oldObjectId)), List.of(commit), null);
    }

    /**
     * {@return a push of {@code commits}, applied in order (each the parent of the next), onto {@code branch}
     * whose head is {@code oldObjectId}}: one atomic push, so either every commit lands or none does
     *
     * @param branch      the branch name, short or full
     * @param oldObjectId the branch's head now ({@link GitRefUpdate#ZERO_SHA} for a new branch); the push fails if
     *                    it moved
     * @param commits     the commits to push, oldest first; at least one
     * @throws NullPointerException     if an argument is null or {@code commits} contains null
     * @throws IllegalArgumentException if {@code branch} is not a well-formed branch name, {@code oldObjectId} is not
     *                                  a SHA-1 or {@code commits} is empty
     */
    public static GitPush of(String branch, String oldObjectId, List<GitCommit> commits) {
        return new GitPush(List.of(GitRefUpdate.push(branch, oldObjectId)), commits, null);
    }
}
