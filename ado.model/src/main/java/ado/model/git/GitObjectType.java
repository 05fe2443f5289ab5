package ado.model.git;

import ado.core.json.JsonEnumNumber;

/** The type of a Git object. */
public enum GitObjectType {
    /** A commit. */
    @JsonEnumNumber(1) COMMIT,
    /** A tree (folder). */
    @JsonEnumNumber(2) TREE,
    /** A blob (file). */
    @JsonEnumNumber(3) BLOB,
    /** An annotated tag. */
    @JsonEnumNumber(4) TAG,
    /** An invalid object. */
    @JsonEnumNumber(0) BAD,
    /** {@code ext2}: a reserved type Git does not use. */
    @JsonEnumNumber(5) EXT2,
    /** A delta against an object at an offset in a pack. */
    @JsonEnumNumber(6) OFS_DELTA,
    /** A delta against an object named by its id in a pack. */
    @JsonEnumNumber(7) REF_DELTA,
    /** A type this version of ado4j does not know. */
    UNKNOWN
}
