package ado.model.git;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.IdentityRef;
import java.time.Instant;

/**
 * An iteration of a pull request: the state of the source branch after one push.
 *
 * @param id              the iteration number, from 1
 * @param description     the description (the head commit's message), or {@code null}
 * @param author          who pushed, or {@code null}
 * @param createdDate     when it was created, or {@code null}
 * @param updatedDate     when it last changed, or {@code null}
 * @param sourceRefCommit the source head, or {@code null}
 * @param targetRefCommit the target head, or {@code null}
 * @param commonRefCommit the merge base, or {@code null}
 * @param hasMoreCommits  whether commits were left out, or {@code null}
 * @param reason          why it was created ({@code create}, {@code push}, ...), or {@code null}
 * @param push            the push that created it, or {@code null}
 * @param other           members ado4j does not model; never {@code null}
 */
public record GitPullRequestIteration(int id, String description, IdentityRef author, Instant createdDate,
                                      Instant updatedDate, GitCommitRef sourceRefCommit,
                                      GitCommitRef targetRefCommit, GitCommitRef commonRefCommit,
                                      Boolean hasMoreCommits, String reason, GitPushRef push,
                                      @JsonUnmapped JsonObject other) {

    /**
     * Checks the id.
     *
     * @param id              the iteration number, from 1
     * @param description     the description (the head commit's message), or {@code null}
     * @param author          who pushed, or {@code null}
     * @param createdDate     when it was created, or {@code null}
     * @param updatedDate     when it last changed, or {@code null}
     * @param sourceRefCommit the source head, or {@code null}
     * @param targetRefCommit the target head, or {@code null}
     * @param commonRefCommit the merge base, or {@code null}
     * @param hasMoreCommits  whether commits were left out, or {@code null}
     * @param reason          why it was created ({@code create}, {@code push}, ...), or {@code null}
     * @param push            the push that created it, or {@code null}
     * @param other           members ado4j does not model; never {@code null}
     * @throws IllegalArgumentException if {@code id} is not positive
     */
    public GitPullRequestIteration {
        other = other == null ? JsonObject.EMPTY : other;
        ado.model.internal.Copies.positive(id, "id");
    }
}
