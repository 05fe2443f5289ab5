package ado.model.git;

import ado.core.json.JsonEnumNumber;

/** Why a cherry-pick or revert failed ({@code detailedStatus.status}, {@code GitAsyncRefOperationFailureStatus}). */
public enum GitAsyncRefOperationFailureStatus {
    /** No reason given. */
    @JsonEnumNumber(0) NONE,
    /** The generated ref name is not valid. */
    @JsonEnumNumber(1) INVALID_REF_NAME,
    /** The generated ref name conflicts with an existing ref that differs only in case. */
    @JsonEnumNumber(2) REF_NAME_CONFLICT,
    /** The caller may not create the branch. */
    @JsonEnumNumber(3) CREATE_BRANCH_PERMISSION_REQUIRED,
    /** The caller may not write to the repository. */
    @JsonEnumNumber(4) WRITE_PERMISSION_REQUIRED,
    /** The branch to apply the changes onto was deleted. */
    @JsonEnumNumber(5) TARGET_BRANCH_DELETED,
    /** A Git object is too large. */
    @JsonEnumNumber(6) GIT_OBJECT_TOO_LARGE,
    /** The identity that started the operation was not found (ADO spells it {@code operationIndentityNotFound}). */
    @JsonEnumNumber(7) OPERATION_INDENTITY_NOT_FOUND,
    /** The operation was not found. */
    @JsonEnumNumber(8) ASYNC_OPERATION_NOT_FOUND,
    /** Another reason (see the failure message). */
    @JsonEnumNumber(9) OTHER,
    /** The committer signature is empty. */
    @JsonEnumNumber(10) EMPTY_COMMITTER_SIGNATURE,
    /** A reason this version of ado4j does not know. */
    UNKNOWN
}
