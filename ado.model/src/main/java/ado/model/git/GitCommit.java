package ado.model.git;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.List;

/**
 * A new commit in a push.
 *
 * @param comment   the message
 * @param changes   the changes, at least one
 * @param parents   the parent ids; empty to build on the ref's old object
 * @param author    the author, or {@code null} for the caller
 * @param committer the committer, or {@code null} for the caller
 * @param other     members ado4j does not model; never {@code null}
 */
public record GitCommit(String comment, List<GitChange> changes, List<String> parents, GitUserDate author,
                        GitUserDate committer, @JsonUnmapped JsonObject other) {

    /**
     * Checks the message and copies the lists.
     *
     * @param comment   the message
     * @param changes   the changes, at least one
     * @param parents   the parent ids; empty to build on the ref's old object
     * @param author    the author, or {@code null} for the caller
     * @param committer the committer, or {@code null} for the caller
     * @param other     members ado4j does not model; never {@code null}
     * @throws NullPointerException     if {@code comment} is null or {@code changes} or {@code parents} contains null
     * @throws IllegalArgumentException if {@code comment} is blank, {@code changes} is empty or a parent is not a SHA-1
     */
    public GitCommit {
        other = other == null ? JsonObject.EMPTY : other;
        Checks.nonBlank(comment, "comment");
        changes = Copies.list(changes, "changes");
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("changes must not be empty");
        }
        parents = Copies.list(parents, "parents");
        parents.forEach(p -> Checks.sha(p, "parents[]"));
    }

    /**
     * {@return a commit of {@code changes} with message {@code comment}, authored as the caller}
     *
     * @param comment the commit message, not blank
     * @param changes the changes, at least one
     * @throws NullPointerException     if {@code comment} is null or {@code changes} contains null
     * @throws IllegalArgumentException if {@code comment} is blank or {@code changes} is empty or null
     */
    public static GitCommit of(String comment, List<GitChange> changes) {
        return new GitCommit(comment, changes, List.of(), null, null, null);
    }
}
