package ado.model.wit;

import ado.core.json.JsonName;
import ado.model.ReferenceLink;
import ado.model.internal.Copies;
import java.time.Instant;
import java.util.Map;

/**
 * One entry of a work item's update history: what revision {@code rev} changed.
 *
 * @param id          the update id (1 for the creation)
 * @param workItemId  the work item id, or 0 when not sent
 * @param rev         the revision the update made, or {@code null}
 * @param revisedBy   who made it, or {@code null}
 * @param revisedDate when the next revision replaced it ({@code 9999-01-01} for the latest), or {@code null}
 * @param fields      the changed fields by reference name; empty when none
 * @param relations   the changed relations, or {@code null} when none
 * @param links       the {@code _links} map; empty when absent
 * @param url         the REST URL, or {@code null}
 */
public record WorkItemUpdate(int id, int workItemId, Integer rev, WorkItemIdentityReference revisedBy,
                             Instant revisedDate, Map<String, WorkItemFieldUpdate> fields,
                             WorkItemRelationUpdates relations, @JsonName("_links") Map<String, ReferenceLink> links,
                             String url) {

    /**
     * Copies the maps.
     *
     * @param id          the update id (1 for the creation)
     * @param workItemId  the work item id, or 0 when not sent
     * @param rev         the revision the update made, or {@code null}
     * @param revisedBy   who made it, or {@code null}
     * @param revisedDate when the next revision replaced it ({@code 9999-01-01} for the latest), or {@code null}
     * @param fields      the changed fields by reference name; empty when none
     * @param relations   the changed relations, or {@code null} when none
     * @param links       the {@code _links} map; empty when absent
     * @param url         the REST URL, or {@code null}
     * @throws NullPointerException if {@code fields} or {@code links} contains null
     */
    public WorkItemUpdate {
        fields = Copies.map(fields, "fields");
        links = Copies.map(links, "links");
    }
}
