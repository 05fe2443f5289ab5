package ado.model.git;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.internal.Copies;

/**
 * A merge of two commits made without moving any ref ({@code .../merges}).
 *
 * @param mergeOperationId the operation id, positive
 * @param status           the state, or {@code null}
 * @param detailedStatus   the outcome ({@code mergeCommitId}, or {@code failureMessage})
 * @param other            members ado4j does not model (the {@code comment} and {@code parents} asked for,
 *                         {@code _links}); never {@code null}
 */
public record GitMerge(int mergeOperationId, GitAsyncOperationStatus status, Detail detailedStatus,
                       @JsonUnmapped JsonObject other) {

    /**
     * Checks the id.
     *
     * @param mergeOperationId the operation id, positive
     * @param status           the state, or {@code null}
     * @param detailedStatus   the outcome ({@code mergeCommitId}, or {@code failureMessage})
     * @param other            members ado4j does not model (the {@code comment} and {@code parents} asked for,
     *                         {@code _links}); never {@code null}
     * @throws IllegalArgumentException if {@code mergeOperationId} is not positive
     */
    public GitMerge {
        other = other == null ? JsonObject.EMPTY : other;
        Copies.positive(mergeOperationId, "mergeOperationId");
    }

    /**
     * The outcome of a merge.
     *
     * @param mergeCommitId  the merge commit, or {@code null} when it failed
     * @param failureMessage why it failed (naming the conflicts), or {@code null}
     */
    public record Detail(String mergeCommitId, String failureMessage) {
    }
}
