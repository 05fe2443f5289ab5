package ado.model.build;

import ado.core.json.JsonEnumNumber;

/** Why a build was queued. */
public enum BuildReason {
    /** {@code none}. */
    @JsonEnumNumber(0) NONE,
    /** {@code manual}. */
    @JsonEnumNumber(1) MANUAL,
    /** {@code individualCI}. */
    @ado.core.json.JsonName("individualCI")
    @JsonEnumNumber(2) INDIVIDUAL_CI,
    /** {@code batchedCI}. */
    @ado.core.json.JsonName("batchedCI")
    @JsonEnumNumber(4) BATCHED_CI,
    /** {@code schedule}. */
    @JsonEnumNumber(8) SCHEDULE,
    /** {@code scheduleForced}. */
    @JsonEnumNumber(16) SCHEDULE_FORCED,
    /** {@code userCreated}. */
    @JsonEnumNumber(32) USER_CREATED,
    /** {@code validateShelveset}. */
    @JsonEnumNumber(64) VALIDATE_SHELVESET,
    /** {@code checkInShelveset}. */
    @JsonEnumNumber(128) CHECK_IN_SHELVESET,
    /** {@code pullRequest}. */
    @JsonEnumNumber(256) PULL_REQUEST,
    /** {@code buildCompletion}. */
    @JsonEnumNumber(512) BUILD_COMPLETION,
    /** {@code resourceTrigger}. */
    @JsonEnumNumber(1024) RESOURCE_TRIGGER,
    /** {@code triggered}. */
    @JsonEnumNumber(1967) TRIGGERED,
    /** {@code all}. */
    @JsonEnumNumber(2031) ALL,
    /** A value this version of ado4j does not know. */
    UNKNOWN
}
