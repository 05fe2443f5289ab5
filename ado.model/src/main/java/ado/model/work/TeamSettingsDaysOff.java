package ado.model.work;

import ado.core.json.JsonName;
import ado.model.ReferenceLink;
import ado.model.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * The days the whole team is off in one sprint.
 *
 * @param daysOff the ranges
 * @param url     the REST URL, or {@code null}
 * @param links   the {@code _links} map; empty when absent
 */
public record TeamSettingsDaysOff(List<DateRange> daysOff, String url,
                                  @JsonName("_links") Map<String, ReferenceLink> links) {

    /**
     * Copies the collections.
     *
     * @param daysOff the ranges
     * @param url     the REST URL, or {@code null}
     * @param links   the {@code _links} map; empty when absent
     */
    public TeamSettingsDaysOff {
        daysOff = Copies.list(daysOff, "daysOff");
        links = Copies.map(links, "links");
    }
}
