package ado.model.work;

import ado.core.json.JsonName;
import ado.model.ReferenceLink;
import ado.model.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * The area paths of a team (its "team field values").
 *
 * @param field        the team field (normally {@code System.AreaPath}), or {@code null}
 * @param defaultValue the area new work items get, or {@code null}
 * @param values       the team's areas
 * @param url          the REST URL, or {@code null}
 * @param links        the {@code _links} map; empty when absent
 */
public record TeamFieldValues(FieldReference field, String defaultValue, List<TeamFieldValue> values, String url,
                              @JsonName("_links") Map<String, ReferenceLink> links) {

    /**
     * Copies the collections.
     *
     * @param field        the team field (normally {@code System.AreaPath}), or {@code null}
     * @param defaultValue the area new work items get, or {@code null}
     * @param values       the team's areas
     * @param url          the REST URL, or {@code null}
     * @param links        the {@code _links} map; empty when absent
     */
    public TeamFieldValues {
        values = Copies.list(values, "values");
        links = Copies.map(links, "links");
    }
}
