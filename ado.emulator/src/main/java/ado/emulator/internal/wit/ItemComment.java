package ado.emulator.internal.wit;

import java.time.Instant;
import java.util.UUID;

/** A comment of a work item; mutable under the store's lock. */
public final class ItemComment {

    private final int workItemId;
    private final int id;
    private final UUID createdBy;
    private final Instant createdDate;
    private int version = 1;
    private String text;
    private String format;
    private UUID modifiedBy;
    private Instant modifiedDate;
    private boolean deleted;

    ItemComment(int workItemId, int id, String text, String format, UUID by, Instant when) {
        this.workItemId = workItemId;
        this.id = id;
        this.text = text;
        this.format = format;
        this.createdBy = by;
        this.createdDate = when;
        this.modifiedBy = by;
        this.modifiedDate = when;
    }

    void edit(String newText, String newFormat, UUID by, Instant when) {
        text = newText;
        format = newFormat;
        modifiedBy = by;
        modifiedDate = when;
        version++;
    }

    void delete(UUID by, Instant when) {
        deleted = true;
        modifiedBy = by;
        modifiedDate = when;
    }

    /** A copy for reading outside the lock. */
    public record View(int workItemId, int id, int version, String text, String format, UUID createdBy,
                       Instant createdDate, UUID modifiedBy, Instant modifiedDate, boolean deleted) {
    }

    View view() {
        return new View(workItemId, id, version, text, format, createdBy, createdDate, modifiedBy, modifiedDate,
                deleted);
    }
}
