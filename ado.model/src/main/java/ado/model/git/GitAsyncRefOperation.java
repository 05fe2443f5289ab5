package ado.model.git;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;

/**
 * A cherry-pick or revert ({@code .../cherryPicks}, {@code .../reverts}): commits applied onto a branch into a new
 * ref.
 *
 * @param cherryPickId   the id of a cherry-pick, or {@code null} for a revert
 * @param revertId       the id of a revert, or {@code null} for a cherry-pick
 * @param status         the state, or {@code null}
 * @param parameters     what was asked ({@code ontoRefName}, {@code generatedRefName}, {@code source}), or
 *                       {@code null}
 * @param detailedStatus the outcome, or {@code null}
 * @param url            the REST URL, or {@code null}
 * @param other          members ado4j does not model; never {@code null}
 */
public record GitAsyncRefOperation(Integer cherryPickId, Integer revertId, GitAsyncOperationStatus status,
                                   JsonObject parameters, Detail detailedStatus, String url,
                                   @JsonUnmapped JsonObject other) {

    /**
     * Checks that exactly one id is present.
     *
     * @param cherryPickId   the id of a cherry-pick, or {@code null} for a revert
     * @param revertId       the id of a revert, or {@code null} for a cherry-pick
     * @param status         the state, or {@code null}
     * @param parameters     what was asked ({@code ontoRefName}, {@code generatedRefName}, {@code source}), or
     *                       {@code null}
     * @param detailedStatus the outcome, or {@code null}
     * @param url            the REST URL, or {@code null}
     * @param other          members ado4j does not model; never {@code null}
     * @throws IllegalArgumentException if both ids or neither is present
     */
    public GitAsyncRefOperation {
        other = other == null ? JsonObject.EMPTY : other;
        if ((cherryPickId == null) == (revertId == null)) {
            throw new IllegalArgumentException("exactly one of cherryPickId and revertId must be set: "
                    + cherryPickId + ", " + revertId);
        }
    }

    /** {@return the operation id} */
    public int id() {
        return cherryPickId != null ? cherryPickId : revertId;
    }

    /**
     * The outcome of a cherry-pick or revert.
     *
     * @param currentCommitId the head of the generated ref, or {@code null}
     * @param conflict        whether it stopped on a conflict, or {@code null}
     * @param failureMessage  why it failed, or {@code null}
     * @param progress        the progress from 0 to 1, or {@code null}
     * @param status          why it failed, or {@code null}
     * @param other           members ado4j does not model; never {@code null}
     */
    public record Detail(String currentCommitId, Boolean conflict, String failureMessage, Double progress,
                         GitAsyncRefOperationFailureStatus status, @JsonUnmapped JsonObject other) {
        /**
         * Defaults {@code other} to empty.
         *
         * @param currentCommitId the head of the generated ref, or {@code null}
         * @param conflict        whether it stopped on a conflict, or {@code null}
         * @param failureMessage  why it failed, or {@code null}
         * @param progress        the progress from 0 to 1, or {@code null}
         * @param status          why it failed, or {@code null}
         * @param other           members ado4j does not model; never {@code null}
         */
        public Detail {
            other = other == null ? JsonObject.EMPTY : other;
        }
    }
}
