package ado.model.build;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.internal.Copies;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A build's timeline: its records, flat; {@code parentId} links tasks to jobs, jobs to phases, phases to stages.
 *
 * @param records       the records; empty when absent
 * @param lastChangedBy the id of who changed it last (ADO sends a GUID string), or {@code null}
 * @param lastChangedOn when it last changed
 * @param id            the timeline id (the plan id)
 * @param changeId      the latest change
 * @param url           the REST URL
 * @param other         members ado4j does not model; never {@code null}
 */
public record Timeline(List<TimelineRecord> records, UUID lastChangedBy, Instant lastChangedOn, UUID id,
                       Long changeId, String url, @JsonUnmapped JsonObject other) {

    /**
     * Copies the records.
     *
     * @param records       the records; empty when absent
     * @param lastChangedBy the id of who changed it last (ADO sends a GUID string), or {@code null}
     * @param lastChangedOn when it last changed
     * @param id            the timeline id (the plan id)
     * @param changeId      the latest change
     * @param url           the REST URL
     * @param other         members ado4j does not model; never {@code null}
     */
    public Timeline {
        records = Copies.list(records, "records");
        other = other == null ? JsonObject.EMPTY : other;
    }
}
