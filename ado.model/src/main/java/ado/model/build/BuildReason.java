package ado.model.build;

/** Why a build was queued. */
public enum BuildReason {
    /** {@code none}. */
    NONE,
    /** {@code manual}. */
    MANUAL,
    /** {@code individualCI}. */
    @ado.core.json.JsonName("individualCI")
    INDIVIDUAL_CI,
    /** {@code batchedCI}. */
    @ado.core.json.JsonName("batchedCI")
    BATCHED_CI,
    /** {@code schedule}. */
    SCHEDULE,
    /** {@code scheduleForced}. */
    SCHEDULE_FORCED,
    /** {@code userCreated}. */
    USER_CREATED,
    /** {@code validateShelveset}. */
    VALIDATE_SHELVESET,
    /** {@code checkInShelveset}. */
    CHECK_IN_SHELVESET,
    /** {@code pullRequest}. */
    PULL_REQUEST,
    /** {@code buildCompletion}. */
    BUILD_COMPLETION,
    /** {@code resourceTrigger}. */
    RESOURCE_TRIGGER,
    /** {@code triggered}. */
    TRIGGERED,
    /** {@code all}. */
    ALL,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
