package ado.model.wit;

import ado.core.json.JsonName;
import ado.model.ReferenceLink;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.Map;
import java.util.UUID;

/**
 * A work item template of a team: preset field values for a work item type. List responses leave out
 * {@code fields}.
 *
 * @param id               the template id, or {@code null} on requests
 * @param name             the name
 * @param description      the description, or {@code null}
 * @param workItemTypeName the work item type
 * @param fields           the preset values by field reference name; empty when absent
 * @param links            the {@code _links} map; empty when absent
 * @param url              the REST URL, or {@code null}
 */
public record WorkItemTemplate(UUID id, String name, String description, String workItemTypeName,
                               Map<String, String> fields, @JsonName("_links") Map<String, ReferenceLink> links,
                               String url) {

    /**
     * Checks the names and copies the maps.
     *
     * @param id               the template id, or {@code null} on requests
     * @param name             the name
     * @param description      the description, or {@code null}
     * @param workItemTypeName the work item type
     * @param fields           the preset values by field reference name; empty when absent
     * @param links            the {@code _links} map; empty when absent
     * @param url              the REST URL, or {@code null}
     * @throws NullPointerException     if {@code name} or {@code workItemTypeName} is null or {@code fields} or
     *                                  {@code links} contains null
     * @throws IllegalArgumentException if {@code name} is blank or {@code workItemTypeName} is blank
     */
    public WorkItemTemplate {
        Checks.nonBlank(name, "name");
        Checks.nonBlank(workItemTypeName, "workItemTypeName");
        fields = Copies.map(fields, "fields");
        links = Copies.map(links, "links");
    }

    /**
     * {@return a template to create: no id, links or URL}
     *
     * @param name             the template name
     * @param description      the description, or {@code null}
     * @param workItemTypeName the work item type it creates, such as {@code Bug}
     * @param fields           the field values by reference name, such as {@code System.State}
     * @throws NullPointerException     if {@code name} or {@code workItemTypeName} is null, or {@code fields} holds a
     *                                  null key or value
     * @throws IllegalArgumentException if {@code name} or {@code workItemTypeName} is blank
     */
    public static WorkItemTemplate of(String name, String description, String workItemTypeName,
                                      Map<String, String> fields) {
        return new WorkItemTemplate(null, name, description, workItemTypeName, fields, null, null);
    }
}
