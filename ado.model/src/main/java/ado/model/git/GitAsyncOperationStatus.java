package ado.model.git;

import ado.core.json.JsonEnumNumber;

/** The state of an asynchronous Git operation (merge, cherry-pick, revert). */
public enum GitAsyncOperationStatus {
    /** Waiting to run. */
    @JsonEnumNumber(1) QUEUED,
    /** Running. */
    @JsonEnumNumber(2) IN_PROGRESS,
    /** Finished. */
    @JsonEnumNumber(3) COMPLETED,
    /** Failed (see the detailed status). */
    @JsonEnumNumber(4) FAILED,
    /** Abandoned. */
    @JsonEnumNumber(5) ABANDONED,
    /** A state this version of ado4j does not know. */
    UNKNOWN
}
