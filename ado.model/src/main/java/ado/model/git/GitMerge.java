package ado.model.git;

import ado.core.json.JsonObject;
import ado.model.internal.Copies;
import java.util.List;

/**
 * A merge of two commits made without moving any ref ({@code .../merges}).
 *
 * @param mergeOperationId the operation id, positive
 * @param status           the state, or {@code null}
 * @param parameters       what was asked (parents and comment), as sent back, or {@code null}
 * @param detailedStatus   the outcome ({@code mergeCommitId}, or {@code conflicts} and {@code failureMessage})
 */
public record GitMerge(int mergeOperationId, GitAsyncOperationStatus status, JsonObject parameters,
                       Detail detailedStatus) {

    /** Checks the id. */
    public GitMerge {
        Copies.positive(mergeOperationId, "mergeOperationId");
    }

    /**
     * The outcome of a merge.
     *
     * @param mergeCommitId  the merge commit, or {@code null} when it failed
     * @param conflicts      the conflicting paths; empty when none
     * @param failureMessage why it failed, or {@code null}
     */
    public record Detail(String mergeCommitId, List<String> conflicts, String failureMessage) {

        /** Copies the conflicts. */
        public Detail {
            conflicts = Copies.list(conflicts, "conflicts");
        }
    }
}
