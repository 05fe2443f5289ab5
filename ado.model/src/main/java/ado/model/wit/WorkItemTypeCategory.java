package ado.model.wit;

import ado.core.json.JsonName;
import ado.model.ReferenceLink;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * A category of work item types, such as {@code Microsoft.RequirementCategory}.
 *
 * @param name               the display name
 * @param referenceName      the reference name
 * @param defaultWorkItemType the type new items of the category get, or {@code null}
 * @param workItemTypes      the types in the category
 * @param links              the {@code _links} map; empty when absent
 * @param url                the REST URL, or {@code null}
 */
public record WorkItemTypeCategory(String name, String referenceName, WorkItemTypeReference defaultWorkItemType,
                                   List<WorkItemTypeReference> workItemTypes,
                                   @JsonName("_links") Map<String, ReferenceLink> links, String url) {

    /**
     * Checks the names and copies the collections.
     *
     * @param name               the display name
     * @param referenceName      the reference name
     * @param defaultWorkItemType the type new items of the category get, or {@code null}
     * @param workItemTypes      the types in the category
     * @param links              the {@code _links} map; empty when absent
     * @param url                the REST URL, or {@code null}
     * @throws NullPointerException     if {@code name} or {@code referenceName} is null or {@code workItemTypes} or
     *                                  {@code links} contains null
     * @throws IllegalArgumentException if {@code name} is blank or {@code referenceName} is blank
     */
    public WorkItemTypeCategory {
        Checks.nonBlank(name, "name");
        Checks.nonBlank(referenceName, "referenceName");
        workItemTypes = Copies.list(workItemTypes, "workItemTypes");
        links = Copies.map(links, "links");
    }
}
