package ado.model.git;

/** The state of an asynchronous Git operation (merge, cherry-pick, revert). */
public enum GitAsyncOperationStatus {
    /** Waiting to run. */
    QUEUED,
    /** Running. */
    IN_PROGRESS,
    /** Finished. */
    COMPLETED,
    /** Failed (see the detailed status). */
    FAILED,
    /** Abandoned. */
    ABANDONED,
    /** A state this version of ado4j does not know. */
    UNKNOWN
}
