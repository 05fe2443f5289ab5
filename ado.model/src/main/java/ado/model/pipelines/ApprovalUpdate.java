package ado.model.pipelines;

import java.util.Objects;
import java.util.UUID;

/**
 * An answer to an approval.
 *
 * @param approvalId the approval
 * @param status     approved or rejected
 * @param comment    a comment, or {@code null}
 */
public record ApprovalUpdate(UUID approvalId, ApprovalStatus status, String comment) {

    /**
     * Checks the id and that the status is approved or rejected.
     *
     * @param approvalId the approval
     * @param status     approved or rejected
     * @param comment    a comment, or {@code null}
     * @throws NullPointerException     if {@code approvalId} is null
     * @throws IllegalArgumentException if {@code status} is not {@code APPROVED} or {@code REJECTED}
     */
    public ApprovalUpdate {
        Objects.requireNonNull(approvalId, "approvalId == null");
        if (status != ApprovalStatus.APPROVED && status != ApprovalStatus.REJECTED) {
            throw new IllegalArgumentException("status must be APPROVED or REJECTED: " + status);
        }
    }
}
