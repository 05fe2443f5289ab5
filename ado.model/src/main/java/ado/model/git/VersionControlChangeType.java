package ado.model.git;

import ado.core.json.JsonEnumNumber;

/** The kind of a change to an item. Combined kinds ({@code "edit, rename"}) read as {@link #UNKNOWN}. */
public enum VersionControlChangeType {
    /** Added. */
    @JsonEnumNumber(1) ADD,
    /** Edited. */
    @JsonEnumNumber(2) EDIT,
    /** Deleted. */
    @JsonEnumNumber(16) DELETE,
    /** Renamed (moved). */
    @JsonEnumNumber(8) RENAME,
    /** No change. */
    @JsonEnumNumber(0) NONE,
    /** The encoding changed. */
    @JsonEnumNumber(4) ENCODING,
    /** Undeleted (TFVC). */
    @JsonEnumNumber(32) UNDELETE,
    /** Branched (TFVC). */
    @JsonEnumNumber(64) BRANCH,
    /** Merged (TFVC). */
    @JsonEnumNumber(128) MERGE,
    /** Locked (TFVC). */
    @JsonEnumNumber(256) LOCK,
    /** Rolled back (TFVC). */
    @JsonEnumNumber(512) ROLLBACK,
    /** The source of a rename. */
    @JsonEnumNumber(1024) SOURCE_RENAME,
    /** The target of a rename. */
    @JsonEnumNumber(2048) TARGET_RENAME,
    /** A property changed. */
    @JsonEnumNumber(4096) PROPERTY,
    /** Every kind (a filter value). */
    @JsonEnumNumber(8191) ALL,
    /** A kind this version of ado4j does not know, or a combination. */
    UNKNOWN
}
