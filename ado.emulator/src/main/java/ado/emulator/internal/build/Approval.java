package ado.emulator.internal.build;

import java.time.Instant;
import java.util.UUID;

/** An approval blocking a stage of a run until it is answered. */
public final class Approval {

    final UUID id;
    final int runId;
    final UUID stageRecordId;
    final UUID approver;
    final Instant createdOn;
    String status = "pending";
    Instant lastModifiedOn;
    String comment;
    UUID actualApprover;

    Approval(int runId, UUID stageRecordId, UUID approver, Instant createdOn) {
        this.id = UUID.randomUUID();
        this.runId = runId;
        this.stageRecordId = stageRecordId;
        this.approver = approver;
        this.createdOn = createdOn;
        this.lastModifiedOn = createdOn;
    }

    /** {@return the id} */
    public UUID id() {
        return id;
    }

    /** {@return the run it blocks} */
    public int runId() {
        return runId;
    }

    /** {@return the stage record it blocks} */
    public UUID stageRecordId() {
        return stageRecordId;
    }

    /** {@return the assigned approver} */
    public UUID approver() {
        return approver;
    }

    /** {@return when it was created} */
    public Instant createdOn() {
        return createdOn;
    }

    /** {@return pending, approved, rejected or canceled} */
    public String status() {
        return status;
    }

    /** {@return when it last changed} */
    public Instant lastModifiedOn() {
        return lastModifiedOn;
    }

    /** {@return the answer's comment, or null} */
    public String comment() {
        return comment;
    }

    /** {@return who answered, or null} */
    public UUID actualApprover() {
        return actualApprover;
    }
}
