package ado.model.work;

import ado.core.json.JsonName;
import ado.model.IdentityRef;
import ado.model.ReferenceLink;
import ado.model.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * The capacity of one team member in one sprint.
 *
 * @param teamMember the member, or {@code null}
 * @param activities capacity per activity
 * @param daysOff    the member's days off
 * @param url        the REST URL, or {@code null}
 * @param links      the {@code _links} map; empty when absent
 */
public record TeamMemberCapacity(IdentityRef teamMember, List<Activity> activities, List<DateRange> daysOff,
                                 String url, @JsonName("_links") Map<String, ReferenceLink> links) {

    /**
     * Copies the collections.
     *
     * @param teamMember the member, or {@code null}
     * @param activities capacity per activity
     * @param daysOff    the member's days off
     * @param url        the REST URL, or {@code null}
     * @param links      the {@code _links} map; empty when absent
     */
    public TeamMemberCapacity {
        activities = Copies.list(activities, "activities");
        daysOff = Copies.list(daysOff, "daysOff");
        links = Copies.map(links, "links");
    }
}
